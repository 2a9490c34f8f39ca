package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A US National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
 * prefix 80840 and the first nine digits (45 CFR 162.406). Open Payments reports an individual's
 * own NPI, not the group's.
 *
 * @param value the ten digits
 */
public record Npi(String value) {

  /**
   * @throws InvalidModelException if {@code value} is not ten digits with a valid check digit
   */
  public Npi {
    Message problem = problem(value);
    if (problem != null) {
      throw new InvalidModelException(
          List.of(
              ModelViolation.of(ModelSubject.of("Npi"), FieldPath.of("value"), value, problem)));
    }
  }

  /** Obtains an NPI. @throws InvalidModelException if the text is not a valid NPI */
  public static Npi of(String value) {
    return new Npi(value);
  }

  /** True if {@code value} is ten digits with a valid check digit. */
  public static boolean isValid(@Nullable String value) {
    return problem(value) == null;
  }

  private static @Nullable Message problem(@Nullable String value) {
    if (value == null) {
      return Message.of(ModelCode.REQUIRED);
    }
    if (value.length() != 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Message.of(ModelCode.NPI_DIGITS);
    }
    int sum = 24; // the Luhn contribution of the card-issuer prefix 80840
    for (int i = 8; i >= 0; i--) {
      int digit = value.charAt(i) - '0';
      if ((8 - i) % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    int check = (10 - sum % 10) % 10;
    return check == value.charAt(9) - '0'
        ? null
        : Message.of(ModelCode.NPI_CHECK_DIGIT, Arg.of(check));
  }

  @Override
  public String toString() {
    return value;
  }
}
