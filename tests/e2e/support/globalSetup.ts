import { startSharedChromium } from './sharedChromium';

export default startSharedChromium;
