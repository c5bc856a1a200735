package kith.networks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.networks.Money;
import kith.networks.SupportPackage;
import kith.networks.SupportPackage.Basis;
import kith.networks.SupportPackage.Category;
import kith.networks.SupportPackage.NewItem;
import kith.networks.SupportPackage.Purpose;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The forms of support packages as posted; amounts are typed in pounds and pence and kept in pence. */
final class SupportPackageForms {

    private SupportPackageForms() {}

    /** How many item rows the request form shows (a family's needs fit; more can follow in another request). */
    static final int ROWS = 4;

    /** A request, with up to four items in rows (no JavaScript needed); a row left empty is not an item. */
    record RequestForm(String purpose, String basis, String meetingHeldOnDay, String meetingHeldOnMonth,
            String meetingHeldOnYear, String noNetworkReason,
            String item1Category, String item1Description, String item1Amount, String item1Helps,
            String item2Category, String item2Description, String item2Amount, String item2Helps,
            String item3Category, String item3Description, String item3Amount, String item3Helps,
            String item4Category, String item4Description, String item4Amount, String item4Helps) {

        static final FormFields FIELDS = FormFields.of("purpose", "basis", "meetingHeldOn", "noNetworkReason",
                "item1Category", "item1Description", "item1Amount", "item1Helps",
                "item2Category", "item2Description", "item2Amount", "item2Helps",
                "item3Category", "item3Description", "item3Amount", "item3Helps",
                "item4Category", "item4Description", "item4Amount", "item4Helps").dates("meetingHeldOn");

        static RequestForm empty() {
            return new RequestForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }

        /** A row of the form as the page shows it again. */
        record Row(int n, String category, String description, String amount, String helps) {}

        public List<Row> rows() {
            return List.of(new Row(1, item1Category, item1Description, item1Amount, item1Helps),
                    new Row(2, item2Category, item2Description, item2Amount, item2Helps),
                    new Row(3, item3Category, item3Description, item3Amount, item3Helps),
                    new Row(4, item4Category, item4Description, item4Amount, item4Helps));
        }

        SupportPackage.NewRequest request(FormInput input) {
            Purpose chosenPurpose = blank(purpose) ? null
                    : input.choice(Purpose.class, "purpose", purpose, "Select what the support is for");
            Basis chosenBasis = blank(basis) ? null
                    : input.choice(Basis.class, "basis", basis, "Select why the support is asked for");
            LocalDate met = chosenBasis == Basis.FAMILY_GROUP_MEETING
                    && !(blank(meetingHeldOnDay) && blank(meetingHeldOnMonth) && blank(meetingHeldOnYear))
                    ? input.date("meetingHeldOn", "The date of the family group meeting", meetingHeldOnDay,
                            meetingHeldOnMonth, meetingHeldOnYear)
                    : null;
            List<NewItem> items = new ArrayList<>();
            items.add(item(input, 1, item1Category, item1Description, item1Amount, item1Helps));
            items.add(item(input, 2, item2Category, item2Description, item2Amount, item2Helps));
            items.add(item(input, 3, item3Category, item3Description, item3Amount, item3Helps));
            items.add(item(input, 4, item4Category, item4Description, item4Amount, item4Helps));
            return new SupportPackage.NewRequest(chosenPurpose, chosenBasis, met, null, noNetworkReason, items);
        }

        private static NewItem item(FormInput input, int row, String category, String description, String amount,
                String helps) {
            if (blank(category) && blank(description) && blank(amount) && blank(helps)) {
                return null;
            }
            Category chosen = blank(category) ? null : input.choice(Category.class, "item" + row + "Category", category,
                    "Select what item " + row + " is");
            Long pence = blank(amount) ? null : Money.pence(amount);
            if (!blank(amount) && pence == null) {
                input.problem("item" + row + "Amount", "Enter the cost of item " + row
                        + " in pounds and pence, like 150.00");
            }
            return new NewItem(chosen, description, pence, null, helps);
        }
    }

    record RefuseForm(Long version, String reason) {
        static final FormFields FIELDS = FormFields.of("reason").in("refuse");
    }

    record ApproveForm(Long version) {
        static final FormFields FIELDS = FormFields.of("decision").in("approve");
    }

    record PaymentForm(String paidOnDay, String paidOnMonth, String paidOnYear, String amount, String paidTo,
            String reference) {
        static final FormFields FIELDS = FormFields.of("paidOn", "amount", "paidTo", "reference").dates("paidOn")
                .in("payment");

        static PaymentForm empty() {
            return new PaymentForm(null, null, null, null, null, null);
        }

        SupportPackage.NewPayment payment(FormInput input) {
            LocalDate on = blank(paidOnDay) && blank(paidOnMonth) && blank(paidOnYear) ? null
                    : input.date("paidOn", "The date of the payment", paidOnDay, paidOnMonth, paidOnYear);
            Long pence = blank(amount) ? null : Money.pence(amount);
            if (!blank(amount) && pence == null) {
                input.problem("amount", "Enter the amount paid in pounds and pence, like 150.00");
            }
            return new SupportPackage.NewPayment(on, pence, paidTo, reference);
        }
    }

    record ReviewForm(Integer months, String reviewedOnDay, String reviewedOnMonth, String reviewedOnYear,
            String living, String notes) {
        static final FormFields FIELDS = FormFields.of("reviewedOn", "living", "notes").dates("reviewedOn")
                .in("review");

        static ReviewForm empty() {
            return new ReviewForm(null, null, null, null, null, null);
        }

        LocalDate reviewedOn(FormInput input) {
            return blank(reviewedOnDay) && blank(reviewedOnMonth) && blank(reviewedOnYear) ? null
                    : input.date("reviewedOn", "The date of the review", reviewedOnDay, reviewedOnMonth,
                            reviewedOnYear);
        }

        SupportPackage.Living living(FormInput input) {
            return blank(living) ? null : input.choice(SupportPackage.Living.class, "living", living,
                    "Select where the child is living");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
