/** The items whose `name` is exactly `name` (the API's `like_name` filter matches any name containing it). */
export async function namedExactly<T extends { name?: unknown }>(items: AsyncIterable<T>, name: string): Promise<T[]> {
  const matches: T[] = [];
  for await (const item of items) if (item.name === name) matches.push(item);
  return matches;
}
