package kith.insights.census;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The Header of a census return: the collection (CIN), its year and reference date (31 March), and the source (the
 * local authority's three-digit code, the software and when the file was made).
 */
public record CensusHeader(String collection, String year, LocalDate referenceDate, String sourceLevel, String lea,
        String softwareCode, String release, String serialNo, LocalDateTime madeAt) {}
