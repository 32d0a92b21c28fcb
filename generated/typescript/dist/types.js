// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The API's types, as the wire has them: one per component schema of openapi.yaml, under the
 * schema's name, with the fields under their wire names (camelCase and snake_case mixed, as the
 * platform sends them). Enums are unions of string literals; dates are ISO 8601 strings.
 * Then the argument of each operation that takes parameters.
 */
export {};
