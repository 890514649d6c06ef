/** YAML out: the same tree as JSON. The yaml package is loaded only when asked for. */
export async function toYaml(value: unknown): Promise<string> {
  const { stringify } = await import("yaml");
  return stringify(value, { lineWidth: 0 });
}
