package kith.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a page's form is written. The handler reads its form with a {@link FormInput} and calls its
 * service; every problem comes back at once as a {@link FormRefused} with the {@link FormErrors} to show, whether
 * it was found reading the form (a date that is not a real date) or by the service's rules, and a record someone
 * else saved first comes back as a conflict, never overwritten.
 *
 * <p>Why the service is called even when the form could not be read: the rules live in the services and the
 * aggregates, and a user who typed 31 2 2026 should hear about the empty summary too, not on the next submit. So
 * the write runs in a transaction that is rolled back when anything could not be read: nothing is saved, no event
 * leaves, and a refusal by the access policy is still audited (in a transaction of its own) and answered 403.
 */
@Component
public class Forms {

    private final TransactionTemplate transactions;

    Forms(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Reads and writes a form: {@code write} reads it with the input it is given and calls the service.
     *
     * @return what the service returned
     * @throws FormRefused with the errors at the fields of {@code fields}, or as a conflict
     */
    public <T> T write(FormFields fields, Function<FormInput, T> write) {
        FormInput input = new FormInput();
        try {
            return transactions.execute(status -> {
                T written;
                try {
                    written = write.apply(input);
                } catch (InvalidInput e) {
                    // What could not be read comes first: its message is the one shown at its field.
                    List<InvalidInput.Problem> all = new ArrayList<>(input.problems());
                    all.addAll(e.problems());
                    throw new InvalidInput(all);
                } catch (AccessRefused | RecordNotFound | StaleRecord e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Any other answer (a possible duplicate to confirm) waits until the form can be read.
                    if (input.hasProblems()) {
                        throw new InvalidInput(input.problems());
                    }
                    throw e;
                }
                if (input.hasProblems()) {
                    throw new InvalidInput(input.problems()); // rolls back what the service did
                }
                return written;
            });
        } catch (InvalidInput e) {
            throw FormRefused.withErrors(FormErrors.of(fields, e.problems()));
        } catch (StaleRecord e) {
            throw FormRefused.byAConflict();
        }
    }

    /** The same for a write that returns nothing. */
    public void run(FormFields fields, java.util.function.Consumer<FormInput> write) {
        write(fields, input -> {
            write.accept(input);
            return null;
        });
    }
}
