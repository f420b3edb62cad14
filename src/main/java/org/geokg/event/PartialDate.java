package org.geokg.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as news gives them ("in 2015", "in September
 * 2020", "on November 11"): the span of days it may mean, {@link #from()} to {@link #to()}, and its
 * ISO partial form ({@code 2024}, {@code 2024-11}, {@code 2024-11-11}) as {@link #toString()}, which
 * is what the graph stores as a relation's {@code date}. Immutable.
 *
 * @param precision how much of the date is known
 * @param from the first day it may mean: {@code 2024-11} from 2024-11-01
 */
public record PartialDate(Precision precision, LocalDate from) {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year: {@code 2024}. */
    YEAR,
    /** The year and month: {@code 2024-11}. */
    MONTH,
    /** The day: {@code 2024-11-11}. */
    DAY
  }

  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** @throws IllegalArgumentException if {@code from} is not the first day of its year or month at that precision */
  public PartialDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(from, "from");
    // ISO partial forms have four-digit years only; from() of a month or year is its first day.
    if (from.getYear() < 0 || from.getYear() > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + from);
    }
    if ((precision != Precision.DAY && from.getDayOfMonth() != 1)
        || (precision == Precision.YEAR && from.getMonthValue() != 1)) {
      throw new IllegalArgumentException("a " + precision + " date starts on the first day of its span: " + from);
    }
  }

  /** The year {@code year}: 2024-01-01 to 2024-12-31. */
  public static PartialDate year(int year) {
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1));
  }

  /** The month {@code month}: 2024-11 is 2024-11-01 to 2024-11-30. */
  public static PartialDate month(YearMonth month) {
    return new PartialDate(Precision.MONTH, month.atDay(1));
  }

  /** The one day {@code day}. */
  public static PartialDate day(LocalDate day) {
    return new PartialDate(Precision.DAY, day);
  }

  /**
   * The date an ISO partial form spells: {@code 2024}, {@code 2024-11} or {@code 2024-11-11}.
   *
   * @throws IllegalArgumentException if it is of none of these forms or names no real month or day
   */
  public static PartialDate parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    if (!ISO.matcher(iso).matches()) {
      throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: " + iso);
    }
    try {
      return switch (iso.length()) {
        case 4 -> year(Integer.parseInt(iso));
        case 7 -> month(YearMonth.parse(iso));
        default -> day(LocalDate.parse(iso));
      };
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: " + iso, e);
    }
  }

  /** Whether {@code iso} is a date {@link #parse} accepts. */
  public static boolean isValid(String iso) {
    try {
      parse(iso);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** The last day it may mean: {@code 2024-11} to 2024-11-30, {@code 2024} to 2024-12-31. */
  public LocalDate to() {
    return switch (precision) {
      case YEAR -> from.withMonth(12).withDayOfMonth(31);
      case MONTH -> YearMonth.from(from).atEndOfMonth();
      case DAY -> from;
    };
  }

  /** The ISO partial form: {@code 2024}, {@code 2024-11} or {@code 2024-11-11}. */
  @Override
  public String toString() {
    String day = from.toString(); // yyyy-MM-dd for four-digit years
    return switch (precision) {
      case YEAR -> day.substring(0, 4);
      case MONTH -> day.substring(0, 7);
      case DAY -> day;
    };
  }
}
