/**
 * Runnable programs a newcomer starts with. Unlike the library modules, examples may print and read
 * files.
 */
@NullMarked
package dev.kamkit.examples;

import org.jspecify.annotations.NullMarked;
