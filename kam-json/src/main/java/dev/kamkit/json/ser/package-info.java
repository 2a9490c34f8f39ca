/**
 * Writing kamkit JSON documents: the Jackson serializers {@link dev.kamkit.json.KamkitModule}
 * registers, which put every property in the format's fixed order (never Jackson's alphabetical
 * default), leave out what is absent or empty, and put a lenient read's unknown properties back
 * where they were. The model is written by the reading package's property tables, through {@code
 * Out}; the results, by {@code ResultsWriter}.
 */
@NullMarked
package dev.kamkit.json.ser;

import org.jspecify.annotations.NullMarked;
