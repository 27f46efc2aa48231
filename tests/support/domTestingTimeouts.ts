import { configure } from '@testing-library/react';

/**
 * waitFor / findBy* give up after 1 s by default: on a machine busy with other work a render can take longer,
 * and the suite failed on load rather than on a bug. A passing wait still returns as soon as it holds.
 */
configure({ asyncUtilTimeout: 10_000 });
