package kith.people;

import java.time.LocalDate;

/** An address of a person; a confidential one is never shown beyond those who may open the record. */
public record Address(
        String line1, String line2, String town, String postcode, LocalDate movedIn, LocalDate movedOut,
        boolean confidential) {}
