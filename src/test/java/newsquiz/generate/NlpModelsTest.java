package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Loading the models one after the other gives the same tuned models as loading them in parallel. */
class NlpModelsTest {

    @Test
    void sequentialLoadingTagsLikeTheSharedModels() {
        NlpModels sequential = NlpModels.load(false);
        NlpModels shared = NlpModels.shared();
        String sentence = "The harbour board approved 2024 plans on Monday.";
        String[] tokens = new TokenizerME(sequential.tokenizerModel()).tokenize(sentence);
        assertThat(tokens).containsExactly(new TokenizerME(shared.tokenizerModel()).tokenize(sentence));
        assertThat(tokens).contains("2024", "Monday", ".");
        assertThat(new POSTaggerME(sequential.posModel()).tag(tokens))
                .containsExactly(new POSTaggerME(shared.posModel()).tag(tokens));
        assertThat(sequential.tokenizerModel().getFactory().isUseAlphaNumericOptimization()).isTrue();
        assertThat(sequential.posModel().getArtifact("manifest.properties").toString()).contains("BeamSize=1");
    }
}
