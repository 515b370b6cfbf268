package newsquiz.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import newsquiz.bank.QuestionType;

/**
 * The item-writing checks every candidate must pass, from the review checklist: no giveaway
 * stem, distinct options, enough options, no "all/none of the above", options of comparable
 * length, no stem that leans on "the passage", no pronoun left dangling.
 */
final class ItemChecks {

    private ItemChecks() {
    }

    /** @return the first problem found, or null when the candidate is fine */
    static String problem(Candidate c) {
        return problem(c, null);
    }

    /** @param facts the article's facts, so the stem's words can be checked against their tags; may be null */
    static String problem(Candidate c, Facts facts) {
        String prompt = c.prompt();
        String lower = prompt.toLowerCase(Locale.ROOT);
        if (prompt.isBlank() || Wording.words(prompt) > 60) {
            return "stem empty or too long";
        }
        if (lower.contains("according to the passage") || lower.contains("the passage") || lower.contains("the text says")) {
            return "stem leans on the passage";
        }
        String dangling = DanglingReference.find(prompt,
                facts == null || c.sentence() < 1 || c.sentence() > facts.sentences().size() ? null : facts.sentence(c.sentence()),
                facts == null ? List.of() : facts.sentences());
        if (dangling != null) {
            return "'" + dangling + "' points back to another sentence";
        }
        String cutName = CutName.cut(c, facts);
        if (cutName != null) {
            return "'" + cutName + "' is part of a longer name";
        }
        if (facts != null && groupForAPerson(c, facts)) {
            return "'" + c.answer() + "' is a group, not a person";
        }
        String count = StandAlone.ellipticalCount(prompt,
                facts == null || c.sentence() < 1 || c.sentence() > facts.sentences().size() ? null : facts.sentence(c.sentence()));
        if (count != null) {
            return "'" + count + "' counts something named in another sentence";
        }
        String cut = StandAlone.cutShort(prompt);
        if (cut != null) {
            return "stem cut short after '" + cut + "'";
        }
        Sentence source = facts == null || c.sentence() < 1 || c.sentence() > facts.sentences().size()
                ? null : facts.sentence(c.sentence());
        String verbless = VerblessReport.report(prompt, source);
        if (verbless != null) {
            return "the reported clause '" + verbless + "' has no verb";
        }
        String broken = BrokenStem.find(c);
        if (broken != null) {
            return broken;
        }
        String compared = StandAlone.comparedWithNothing(c);
        if (compared != null) {
            return "'" + compared + "' compares with or counts something in another sentence";
        }
        String speaker = StandAlone.speakerless(c);
        if (speaker != null) {
            return "'" + speaker + "' has no speaker in the stem";
        }
        if (ShortStem.tooShort(c)) {
            return "stem too short to stand alone";
        }
        if (QuotedSpeechStem.opensInSpeech(c) || QuotedSpeechStem.continuesSpeech(c, facts)) {
            return "stem opens inside a quotation";
        }
        if (c.answer() != null && c.type() != QuestionType.TRUE_FALSE && c.type() != QuestionType.MULTIPLE_SELECT
                && Wording.containsWord(prompt.replace("{{1}}", " "), c.answer())) {
            return "answer given away in the stem";
        }
        String glued = SplitName.glued(c, facts);
        if (glued != null) {
            return "the gap splits a name at '" + glued + "'";
        }
        if (c.answer() != null && Acronym.spelledOutIn(c.answer(), prompt)) {
            return "answer given away in the stem";
        }
        if (c.type() == QuestionType.MULTIPLE_SELECT) {
            for (String item : c.answer().split(", ")) {
                if (Wording.containsWord(prompt, item)) {
                    return "answer given away in the stem";
                }
            }
        }
        List<String> options = c.options();
        Set<String> seen = new HashSet<>();
        for (String o : options) {
            String norm = o.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!seen.add(norm)) {
                return "duplicate option: " + o;
            }
            if (norm.contains("all of the above") || norm.contains("none of the above")) {
                return "all/none of the above";
            }
        }
        boolean choice = c.type() == QuestionType.MULTIPLE_CHOICE || c.type() == QuestionType.MULTIPLE_SELECT
                || c.type() == QuestionType.CLOZE && options.size() > 1;
        if (choice && options.size() < 3) {
            return "fewer than three options";
        }
        if (choice) {
            int min = options.stream().mapToInt(String::length).min().orElse(0);
            int max = options.stream().mapToInt(String::length).max().orElse(0);
            if (max > 3 * Math.max(min, 3) + 6) {
                return "options of very different length";
            }
        }
        if (c.type() == QuestionType.ORDERING || c.type() == QuestionType.MATCHING) {
            if (options.size() < 2) {
                return "fewer than two items";
            }
        }
        return null;
    }

    /**
     * "Who warned that aftershocks were likely?" answered "Seismologists": a capitalised plural
     * opening one sentence, never written again, is a group of people, not a name (holdout 12,
     * first reading). A "Who" key of one word must be a name the article uses more than once or
     * gives a title.
     */
    private static boolean groupForAPerson(Candidate c, Facts facts) {
        if (c.answer() == null || !c.prompt().startsWith("Who ") || c.answer().contains(" ")) {
            return false;
        }
        Entity e = facts.entity(c.answer());
        return e != null && e.mentions().size() == 1 && e.role() == null && c.answer().endsWith("s");
    }
}
