package kith.networks;

import java.time.LocalDate;
import java.time.Month;

/** A council's financial year, 1 April to 31 March, named by the year it starts in and shown as 2026-27. */
public record FinancialYear(int startYear) {

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
