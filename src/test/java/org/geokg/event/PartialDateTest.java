package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Dates known to the year, month or day: their span of days and their ISO partial form. */
class PartialDateTest {

  @Test
  void aMonthSpansItsFirstToItsLastDay() {
    PartialDate d = PartialDate.parse("2024-11");
    assertThat(d.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(d.from()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(d.to()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(PartialDate.parse("2024-02").to()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.month(YearMonth.of(2020, 9))).isEqualTo(PartialDate.parse("2020-09"));
  }

  @Test
  void aYearSpansJanuaryFirstToDecemberThirtyFirst() {
    PartialDate d = PartialDate.parse("2015");
    assertThat(d.from()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(d.to()).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(PartialDate.year(2015)).isEqualTo(d);
  }

  @Test
  void aDayIsItsOwnSpan() {
    PartialDate d = PartialDate.parse("2024-11-11");
    assertThat(d.from()).isEqualTo(d.to()).isEqualTo(LocalDate.of(2024, 11, 11));
    assertThat(PartialDate.day(LocalDate.of(2024, 11, 11))).isEqualTo(d);
  }

  @Test
  void itPrintsAsTheIsoPartialFormItWasReadFrom() {
    for (String iso : new String[] {"2024", "2024-11", "2024-11-11", "0999", "2020-09"}) {
      assertThat(PartialDate.parse(iso)).hasToString(iso);
    }
  }

  @Test
  void anythingButAnIsoPartialFormOfARealDateIsRefused() {
    for (String bad : new String[] {"24", "2024-1", "2024-11-1", "2024/11", "2024-13", "2023-02-29", "XXXX-11",
        "2024-W45", ""}) {
      assertThat(PartialDate.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> PartialDate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aMonthOrYearMustStartOnTheFirstDayOfItsSpan() {
    assertThatThrownBy(() -> new PartialDate(PartialDate.Precision.MONTH, LocalDate.of(2024, 11, 5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartialDate(PartialDate.Precision.YEAR, LocalDate.of(2024, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.day(LocalDate.of(10000, 1, 1))).isInstanceOf(IllegalArgumentException.class);
  }
}
