package kith.insights.census.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DfE's list of CIN census rules for 2025-26, read from the copy in main resources, so that every message Kith
 * shows is the DfE's own wording rather than a paraphrase.
 */
public final class RuleList {

    static final String RESOURCE = "/census/dfe_cin_rules_2025_26.tsv";

    private final Map<String, RuleDefinition> byCode;

    private RuleList(Map<String, RuleDefinition> byCode) {
        this.byCode = byCode;
    }

    public static RuleList dfe2025to26() {
        try (InputStream in = RuleList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The CIN rule list " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, RuleDefinition> rules = new LinkedHashMap<>();
            reader.readLine(); // the heading
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rules.put(cells[0].strip(), new RuleDefinition(cells[0].strip(), cells[2].strip(), cells[3].strip(),
                        cells[4].strip()));
            }
            return new RuleList(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleDefinition get(String code) {
        RuleDefinition rule = byCode.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("No DfE CIN rule " + code);
        }
        return rule;
    }

    public Collection<RuleDefinition> all() {
        return byCode.values();
    }
}
