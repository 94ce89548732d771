/**
 * The part of custom-elements.json a component user needs. The analyzer also
 * lists private and protected members (render helpers, internal state); those
 * are not API, so they must not become Controls or rows in the Docs tables.
 * A property that has an attribute is listed once, under its attribute name,
 * because that is how HTML authors write it.
 *
 * Storybook keys every row by its bare name across all categories, so the
 * `label` part would hide the `label` attribute and the `status` part the
 * `status` property. Parts are therefore listed as they are written in CSS,
 * `::part(label)`.
 */
export interface CustomElementsManifest {
  readonly schemaVersion: string;
  readonly modules: readonly ManifestModule[];
}

interface ManifestModule {
  readonly kind: string;
  readonly path: string;
  readonly declarations?: readonly ManifestDeclaration[];
  readonly [key: string]: unknown;
}

interface ManifestDeclaration {
  readonly name: string;
  readonly members?: readonly ManifestMember[];
  readonly cssParts?: readonly { readonly name: string; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

interface ManifestMember {
  readonly kind: 'field' | 'method';
  readonly name: string;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly attribute?: string;
  readonly readonly?: boolean;
  readonly [key: string]: unknown;
}

const isPublicProperty = (member: ManifestMember): boolean =>
  member.privacy !== 'private' && member.privacy !== 'protected' && member.static !== true && !member.name.startsWith('_') && member.attribute === undefined;

export function publicApi(manifest: CustomElementsManifest): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      ...(module.declarations && {
        declarations: module.declarations.map((declaration) => ({
          ...declaration,
          ...(declaration.members && { members: declaration.members.filter(isPublicProperty) }),
          ...(declaration.cssParts && {
            cssParts: declaration.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })),
          }),
        })),
      }),
    })),
  };
}

/** Names of the read-only properties (getters such as `status`), which get no control. */
export function readOnlyProperties(manifest: CustomElementsManifest): Set<string> {
  const names = new Set<string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const member of declaration.members ?? []) if (member.readonly === true) names.add(member.name);
    }
  }
  return names;
}

interface ManifestMethod {
  readonly name: string;
  readonly description?: string;
  readonly parameters?: readonly { readonly name: string; readonly type?: { readonly text: string } }[];
  readonly return?: { readonly type?: { readonly text: string } };
}

/** A row of the Docs tables that documents the element and has no control. */
export interface DocumentationRow {
  readonly name: string;
  readonly description: string;
  readonly category: 'methods' | 'css states';
  /** The signature, or how CSS selects the state. */
  readonly summary: string;
}

/**
 * The rows Storybook's own manifest reading leaves out: the public methods (`reload()`, `appendPoints()`,
 * `subscribe()`) and the custom states (`:state(stale)`), for the element with this tag name.
 */
export function documentationRows(manifest: CustomElementsManifest, tagName: string): DocumentationRow[] {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d['tagName'] === tagName);
  if (!declaration) return [];
  const methods = (declaration.members ?? [])
    .filter(
      (member) =>
        member.kind === 'method' && member.privacy !== 'private' && member.privacy !== 'protected' && member.static !== true && !member.name.startsWith('_'),
    )
    .map((member) => member as unknown as ManifestMethod)
    .map((method): DocumentationRow => {
      const parameters = (method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      return {
        name: `${method.name}()`,
        description: method.description ?? '',
        category: 'methods',
        summary: `${method.name}(${parameters}): ${method.return?.type?.text ?? 'void'}`,
      };
    });
  const states = ((declaration['cssStates'] as readonly { name: string; description?: string }[] | undefined) ?? []).map((state): DocumentationRow => ({
    name: `:state(${state.name})`,
    description: state.description ?? '',
    category: 'css states',
    summary: `:state(${state.name})`,
  }));
  return [...methods, ...states];
}
