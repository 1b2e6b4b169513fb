package org.parallax.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import org.parallax.text.Dates;

/**
 * Fuzzes the number and date readers without running CoreNLP: {@link Dates} and {@link DateResolver#iso} on any
 * string, and {@link QuantityExtractor} and {@link DateResolver} on token streams built here, whose words, part-of-
 * speech tags, entity labels and normalised values are drawn from what CoreNLP produces plus arbitrary strings.
 */
class NumberAndDateFuzzTest {
    private static final String[] WORDS = {"3", "17", "300", "2.6", "300,000", "1,000.5", "a", "one", "twenty",
        "-", "one", "hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds", "thousands", "tens",
        "scores", "of", "people", "soldiers", "percent", "%", "$", "euros", "about", "nearly", "more", "than", "at",
        "least", "on", "Monday", "Friday", "last", "next", "week", "year", "2031", "1999", "December", "25", "the",
        "said", "will", "was", ".", ",", "roubles", "km", "'s"};
    private static final String[] TAGS = {"CD", "NN", "NNS", "NNP", "JJ", "DT", "IN", "HYPH", "VBD", "MD", "VB",
        "RB", "$", ".", ",", "POS", ""};
    private static final String[] NER = {"O", "NUMBER", "MONEY", "PERCENT", "DATE", "TIME", "DURATION", "ORDINAL",
        "SET", "PERSON", "LOCATION"};
    private static final String[] NORMALIZED = {"2031-12-25", "2031-12", "2031", "2031-W51", "2031-W51-WE",
        "XXXX-12-25", "XXXX-WXX-1", "PRESENT_REF", "P1D", "2031-12-20T10:00", "2031-12-20/2031-12-24",
        "OFFSET P-1D", "THIS P1W", "1999-02-29", "0000-01-01", "9999-12-31", "300.0", ">=300.0", "$300.0", "~2.6"};

    @FuzzTest(maxDuration = "3m")
    void read(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? null
                : LocalDate.ofEpochDay(data.consumeLong(-100_000, 100_000));
        int n = data.consumeInt(0, 40);
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(12);
            if (word.isEmpty()) {
                word = "x";
            }
            CoreLabel t = new CoreLabel();
            t.setWord(word);
            t.setValue(word);
            t.setOriginalText(word);
            t.setTag(data.pickValue(TAGS));
            t.setNER(data.pickValue(NER));
            t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                    data.consumeBoolean() ? data.pickValue(NORMALIZED) : data.consumeString(20));
            t.setBeginPosition(text.length());
            text.append(word);
            t.setEndPosition(text.length());
            t.setIndex(i + 1);
            t.setSentIndex(0);
            tokens.add(t);
            text.append(' ');
        }
        String rest = data.consumeRemainingAsString();
        String full = text.toString();
        CoreDocument doc = document(full, tokens);
        new QuantityExtractor().extract(full, doc);
        new DateResolver().resolve(full, doc, published);
        Dates.parse(rest);
        Dates.find(rest);
        DateResolver.iso(rest);
    }

    /** A document of one sentence holding {@code tokens}, as CoreNLP would have built it. */
    private static CoreDocument document(String text, List<CoreLabel> tokens) {
        Annotation ann = new Annotation(text);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TextAnnotation.class, text);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        ann.set(CoreAnnotations.TokensAnnotation.class, tokens);
        ann.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return new CoreDocument(ann);
    }
}
