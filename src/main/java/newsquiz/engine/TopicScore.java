package newsquiz.engine;

/** Points earned and available for one topic, and how many questions it had. */
public record TopicScore(String topic, double score, double maximum, int questions) {

    public double percent() {
        return maximum == 0 ? 0 : 100 * Math.max(0, score) / maximum;
    }

    TopicScore plus(AnswerRecord r) {
        return new TopicScore(topic, score + r.points(), maximum + r.maximum(), questions + 1);
    }
}
