package kith.insights.annexa;

import java.time.LocalDate;
import java.util.List;

/** One Annex A list as made: its headers and its rows of values, each row as many values as there are headers. */
public record AnnexATable(AnnexAList list, LocalDate inspectionDate, List<String> headers, List<List<String>> rows) {}
