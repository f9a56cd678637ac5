/**
 * A feature's texts in another language than Dutch: exactly the keys of its Dutch messages. As the type
 * of an object literal it makes a missing key and an extra key both a compile error.
 */
export type Translation<Dutch> = { readonly [Key in keyof Dutch]: string };
