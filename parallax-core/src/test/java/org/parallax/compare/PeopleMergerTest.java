package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Annotations;
import org.parallax.model.Description;
import org.parallax.model.Entity;
import org.parallax.model.Person;

class PeopleMergerTest {

    @Test
    void namesMergeByFullNameSurnameAndTransliteration() {
        Map<String, Annotations> notes = Map.of(
                "a", notes(new Entity("Wiktor Lund", "PERSON", "Wiktor Lund", 2, List.of("harbour master")),
                        new Entity("Port Authority", "ORGANIZATION", "Port Authority", 1, List.of())),
                "b", notes(new Entity("Viktor Lund", "PERSON", "Viktor Lund", 1, List.of("port official")),
                        new Entity("Ines Østby", "PERSON", "Ines Østby", 1, List.of("ferry captain"))),
                "c", notes(new Entity("Lund", "PERSON", "Lund", 1, List.of()),
                        new Entity("Ostby", "PERSON", "Ostby", 1, List.of("the captain")),
                        new Entity("port authority", "ORGANIZATION", "port authority", 1, List.of("regulator"))));
        List<Person> people = new PeopleMerger().merge(coverage(notes));
        assertEquals(List.of(
                new Person("Viktor Lund", "PERSON", List.of("a", "b", "c"),
                        List.of(new Description("harbour master", "a"), new Description("port official", "b"))),
                new Person("Ines Østby", "PERSON", List.of("b", "c"),
                        List.of(new Description("ferry captain", "b"), new Description("the captain", "c"))),
                new Person("Port Authority", "ORGANIZATION", List.of("a", "c"),
                        List.of(new Description("regulator", "c")))), people);
    }

    @Test
    void aSurnameSharedByTwoFullNamesStaysApart() {
        Map<String, Annotations> notes = Map.of(
                "a", notes(new Entity("Mira Sand", "PERSON", "Mira Sand", 1, List.of())),
                "b", notes(new Entity("Oskar Sand", "PERSON", "Oskar Sand", 1, List.of())),
                "c", notes(new Entity("Sand", "PERSON", "Sand", 1, List.of())));
        assertEquals(List.of(new Person("Mira Sand", "PERSON", List.of("a"), List.of()),
                        new Person("Oskar Sand", "PERSON", List.of("b"), List.of()),
                        new Person("Sand", "PERSON", List.of("c"), List.of())),
                new PeopleMerger().merge(coverage(notes)));
    }

    @Test
    void closeSpellingsAreTransliterationsNotOtherNames() {
        assertEquals(true, PeopleMerger.closeSpellings("wladimir", "vladimir"));
        assertEquals(true, PeopleMerger.closeSpellings("sergei", "sergey"));
        assertEquals(false, PeopleMerger.closeSpellings("jon", "tom"));
        assertEquals(false, PeopleMerger.closeSpellings("ivan", "ilya"));
    }

    private static Coverage coverage(Map<String, Annotations> notes) {
        return Fixtures.coverage(notes, Fixtures.article("a", "Coast Daily", null, "x"),
                Fixtures.article("b", "Bay News", null, "y"), Fixtures.article("c", "Harbour Radio", null, "z"));
    }

    private static Annotations notes(Entity... entities) {
        return new Annotations(List.of(entities), List.of(), List.of(), List.of(), List.of());
    }
}
