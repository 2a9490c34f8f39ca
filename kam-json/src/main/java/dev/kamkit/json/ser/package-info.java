/**
 * Writing kamkit JSON documents: the Jackson serializer {@link dev.kamkit.json.KamkitModule}
 * registers, and the writers behind it that put every property in the format's fixed order (never
 * Jackson's alphabetical default), leave out what is absent or empty, and put a lenient read's
 * unknown properties back where they were.
 */
@NullMarked
package dev.kamkit.json.ser;

import org.jspecify.annotations.NullMarked;
