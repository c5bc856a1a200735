package kith.networks;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in pounds and pence, kept as whole pence so that sums are exact. */
public final class Money {

    private Money() {}

    /** £1,234.50 for 123450 pence. */
    public static String pounds(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    /**
     * Reads an amount as typed (1234.5, £1,234.50), or null when it is not one: more than two decimal places, a
     * minus sign or letters are refused rather than rounded.
     */
    public static Long pence(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.strip().replace(",", "").replace("£", "");
        if (!plain.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain).movePointRight(2).longValueExact();
    }
}
