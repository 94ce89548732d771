/**
 * The part of custom-elements.json a component user needs. The analyzer also
 * lists private and protected members (render helpers, internal state); those
 * are not API, so they must not become Controls or rows in the Docs tables.
 * A property that has an attribute is listed once, under its attribute name,
 * because that is how HTML authors write it.
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
  readonly [key: string]: unknown;
}

interface ManifestMember {
  readonly kind: 'field' | 'method';
  readonly name: string;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly attribute?: string;
  readonly [key: string]: unknown;
}

const isPublicProperty = (member: ManifestMember): boolean =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  member.static !== true &&
  !member.name.startsWith('_') &&
  member.attribute === undefined;

export function publicApi(manifest: CustomElementsManifest): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      ...(module.declarations && {
        declarations: module.declarations.map((declaration) => ({
          ...declaration,
          ...(declaration.members && { members: declaration.members.filter(isPublicProperty) }),
        })),
      }),
    })),
  };
}
