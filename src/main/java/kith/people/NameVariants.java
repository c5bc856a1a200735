package kith.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of given names used in England (Bob for Robert, Millie for Amelia), so that a referral about
 * "Alfie" finds the child recorded as "Alfred". Each group lists names that may stand for one another.
 */
final class NameVariants {

    private static final String[][] GROUPS = {
        {"robert", "rob", "robbie", "bob", "bobby", "bert"},
        {"william", "will", "willie", "bill", "billy", "liam"},
        {"elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "ellie"},
        {"katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat"},
        {"thomas", "tom", "tommy"},
        {"alfred", "alfie", "alf"},
        {"henry", "harry", "hal"},
        {"john", "jack", "johnny", "jon"},
        {"samuel", "samantha", "sam", "sammy"},
        {"alexander", "alexandra", "alex", "alexa", "lexi", "sandy", "xander"},
        {"charles", "charlotte", "charlie", "chas", "lottie"},
        {"eleanor", "elena", "ellen", "ellie", "nell", "nellie", "elle"},
        {"frederick", "freddie", "freddy", "fred"},
        {"james", "jim", "jimmy", "jamie"},
        {"michael", "mike", "mikey", "mick"},
        {"daniel", "danny", "dan"},
        {"benjamin", "ben", "benny"},
        {"joshua", "josh"},
        {"isabella", "isabel", "isobel", "izzy", "bella"},
        {"abigail", "abbie", "abby"},
        {"rebecca", "becky", "becca"},
        {"jessica", "jess", "jessie"},
        {"amelia", "millie", "emily", "milly"},
        {"oliver", "olly", "ollie"},
        {"edward", "ed", "eddie", "ted", "teddy", "ned"},
        {"theodore", "theo", "teddy"},
        {"margaret", "maggie", "peggy", "meg", "megan"},
        {"jennifer", "jenny", "jen"},
        {"nicholas", "nick", "nicky"},
        {"matthew", "matt", "matty"},
        {"christopher", "chris", "kit"},
        {"christine", "christina", "chris", "tina"},
        {"anthony", "tony", "ant"},
        {"stephen", "steven", "steve"},
        {"richard", "rich", "richie", "rick", "dick"},
        {"patrick", "pat", "paddy"},
        {"patricia", "pat", "patsy", "trish"},
        {"andrew", "andy", "drew"},
        {"zachary", "zach", "zac", "zak"},
        {"joseph", "joe", "joey"},
        {"josephine", "jo", "josie"},
        {"sophia", "sophie"},
        {"madison", "madeleine", "madeline", "maddie", "maddy"},
        {"gabriel", "gabe", "gabby"},
        {"mohammed", "muhammad", "mohammad", "mohamed", "mo"},
        {"victoria", "vicky", "tori"},
        {"susan", "sue", "suzy"},
        {"deborah", "debbie", "deb"},
    };

    private static final Map<String, Set<String>> VARIANTS = new HashMap<>();

    static {
        for (String[] group : GROUPS) {
            for (String name : group) {
                Set<String> others = VARIANTS.computeIfAbsent(name, n -> new HashSet<>());
                for (String other : group) {
                    if (!other.equals(name)) {
                        others.add(other);
                    }
                }
            }
        }
    }

    private NameVariants() {}

    /** Whether two given names (lower case) are known short and long forms of one another. */
    static boolean areVariants(String a, String b) {
        return VARIANTS.getOrDefault(a, Set.of()).contains(b);
    }

    /** The known variants of a given name (lower case), not including the name itself. */
    static Set<String> of(String name) {
        return VARIANTS.getOrDefault(name, Set.of());
    }
}
