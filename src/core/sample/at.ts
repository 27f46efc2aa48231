/** The element at an index that the caller knows exists; a missing one is a bug, so it throws. */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`Index ${index} out of range (length ${list.length})`);
  return value;
}
