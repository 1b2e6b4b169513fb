package org.parallax.annotate;

import org.parallax.model.Entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    private static final NlpPipeline PIPELINE = new NlpPipeline();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<Entity> entities(String text) {
        return EXTRACTOR.extract(text, PIPELINE.annotate(text, null));
    }

    private static Entity find(List<Entity> entities, String canonical) {
        Optional<Entity> e = entities.stream().filter(x -> x.canonical().equals(canonical)).findFirst();
        assertTrue(e.isPresent(), () -> canonical + " not in " + entities);
        return e.get();
    }

    @Test
    void surnameJoinsTheEarlierFullName() {
        List<Entity> es = entities("Mayor Lena Brandt opened the new bridge in Kestrel Bay. "
                + "Brandt said the work had taken four years.");
        Entity brandt = find(es, "Lena Brandt");
        assertEquals(new Entity("Lena Brandt", "PERSON", "Lena Brandt", 2, List.of("Mayor")), brandt);
        assertEquals(1, es.stream().filter(e -> e.text().contains("Brandt")).count());
    }

    @Test
    void surnameJoinsALaterFullNameAndHonorificsAreStripped() {
        List<Entity> es = entities("Mr. Halvorsen denied the claim on the radio. "
                + "Erik Halvorsen, a spokesman for the port authority, later apologised.");
        assertEquals(new Entity("Erik Halvorsen", "PERSON", "Erik Halvorsen", 2,
                List.of("a spokesman for the port authority")), find(es, "Erik Halvorsen"));
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        List<Entity> es = entities("Daniel Okafor's office confirmed the visit. Okafor's aides declined to comment.");
        assertEquals(new Entity("Daniel Okafor", "PERSON", "Daniel Okafor", 2, List.of()), find(es, "Daniel Okafor"));
    }

    @Test
    void initialAndFullFirstNameAreOnePerson() {
        List<Entity> es = entities("Jana Moravec won the race in Brno. J. Moravec thanked her coach afterwards.");
        assertEquals(2, find(es, "Jana Moravec").mentions());
    }

    @Test
    void premodifiersSplitAtAndWhenEachPartEndsInARole() {
        List<Entity> es = entities("The panel included city treasurer and Green Party deputy Mira Santos "
                + "and historian Paul Lindqvist.");
        assertEquals(List.of("city treasurer", "Green Party deputy"), find(es, "Mira Santos").descriptions());
        assertEquals(List.of("historian"), find(es, "Paul Lindqvist").descriptions());
    }

    @Test
    void appositiveWithAPossessor() {
        List<Entity> es = entities("Tomas Weir, the Harbor Gazette's chief editor, said the report was accurate.");
        assertEquals(List.of("the Harbor Gazette's chief editor"), find(es, "Tomas Weir").descriptions());
    }

    @Test
    void relativeClauseAfterAPerson() {
        List<Entity> es = entities("The guest of honour was producer Ana Ruiz, who makes nature documentaries.");
        assertEquals(List.of("producer", "who makes nature documentaries"), find(es, "Ana Ruiz").descriptions());
    }

    @Test
    void aListOfNamesIsNotAnAppositive() {
        List<Entity> es = entities("The mayor met Lena Brandt, Daniel Okafor and Erik Halvorsen on the pier.");
        for (Entity e : es) {
            assertEquals(List.of(), e.descriptions(), e.toString());
        }
    }

    @Test
    void acronymJoinsTheNameItAbbreviates() {
        List<Entity> es = entities("The North Atlantic Fishing Council met in Oslo. NAFC officials said quotas would fall.");
        assertEquals(2, find(es, "North Atlantic Fishing Council").mentions());
    }

    @Test
    void aChannelNamedByItsKindIsAnOrganisation() {
        List<Entity> es = entities("The Telegram channel Rybak Vestnik reported the arrests first.");
        Entity channel = find(es, "Rybak Vestnik");
        assertEquals("ORGANIZATION", channel.type());
        assertEquals(List.of("Telegram channel"), channel.descriptions());
    }

    @Test
    void ofBelongsToTitlesOnlyAndPrepositionalPhrasesAreNotAppositives() {
        List<Entity> es = entities("The trial followed the death of harbour worker Tomas Lind. "
                + "Secretary of State Ada Brook said little. Support for Ada Brook, among older voters, rose.");
        assertEquals(List.of("harbour worker"), find(es, "Tomas Lind").descriptions());
        assertEquals(List.of("Secretary of State"), find(es, "Ada Brook").descriptions());
    }

    @Test
    void aTitleAfterAnOrdinaryNounIsTheWholeDescription() {
        List<Entity> es = entities("Voters liked the way Sen. Ada Brook answered the questions.");
        assertEquals(List.of("Sen."), find(es, "Ada Brook").descriptions());
    }

    @Test
    void aSharedSurnameJoinsTheNearestFullNameBeforeIt() {
        List<Entity> es = entities("Anna Berg founded the shipyard in 1990. In 2010, her brother Peter Berg sold it "
                + "to a rival. Berg said the price was fair.");
        assertEquals(1, find(es, "Anna Berg").mentions());
        assertEquals(new Entity("Peter Berg", "PERSON", "Peter Berg", 2, List.of("brother")), find(es, "Peter Berg"));
    }
}
