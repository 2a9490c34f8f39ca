/**
 * Classes that break, or keep, the rules of {@code KamArchitectureRules}: the fixtures its own
 * tests check the rules against. Never shipped.
 */
package dev.kamkit.archfixtures;
