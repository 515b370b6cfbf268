package newsquiz.generate;

/** What an entity is, as far as titles, gazetteers and context can tell without an NER model. */
public enum EntityKind {
    PERSON("Who"), COUNTRY("Which country"), PLACE("Which place"), ORGANISATION("Which organisation"),
    OTHER("What");

    private final String whPhrase;

    EntityKind(String whPhrase) {
        this.whPhrase = whPhrase;
    }

    /** The question phrase that replaces a subject of this kind: "Who", "Which country", ... */
    public String whPhrase() {
        return whPhrase;
    }
}
