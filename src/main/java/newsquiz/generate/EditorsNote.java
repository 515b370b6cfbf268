package newsquiz.generate;

import java.util.regex.Pattern;

/**
 * A paragraph that is a note about the article rather than part of it: "Correction: An earlier
 * version of this article said the audit covered 241 claims. The correct figure is 214." or
 * "Update: After publication, ...". A correction repeats the figure it withdraws, and an update
 * revises a figure the body still gives, so questions from either are wrong or give another
 * question's key away (holdout 19, first reading: four of six items from such notes failed). They
 * are left out of the question sources, as headlines are.
 */
final class EditorsNote {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)(correction|clarification|update|updated|editor['’]s note|note to readers)\\s*[:—–-]");

    private EditorsNote() {
    }

    /** True when the paragraph opens with a note's label. */
    static boolean is(String paragraph) {
        return LABEL.matcher(paragraph.stripLeading()).lookingAt();
    }
}
