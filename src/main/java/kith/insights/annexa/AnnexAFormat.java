package kith.insights.annexa;

/** How a list is written: CSV (UTF-8, RFC 4180) or an Excel workbook. */
public enum AnnexAFormat {
    CSV("CSV", "csv", "text/csv;charset=UTF-8"),
    XLSX("XLSX", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String label;
    private final String extension;
    private final String contentType;

    AnnexAFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
