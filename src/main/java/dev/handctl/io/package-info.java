/**
 * Reading the files a user can edit without letting one of them hurt handctl: only regular files,
 * a size limit, a deadline, and YAML parsed with bounded nesting and aliases.
 */
package dev.handctl.io;
