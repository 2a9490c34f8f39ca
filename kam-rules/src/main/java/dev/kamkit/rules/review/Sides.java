package dev.kamkit.rules.review;

import dev.kamkit.model.KeyAccount;
import java.time.LocalDate;

/**
 * The account's data a review compares: as it stood on the day of the last review, and as it stands
 * on the day reviewed.
 */
record Sides(KeyAccount before, LocalDate since, KeyAccount after, LocalDate asOf) {}
