package org.parallax.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private static String guess(String text) {
        return Languages.guess(text, CleanSettings.defaults().minLanguageWords());
    }

    @Test
    void recognisesTheTenLanguagesOfTheProfiles() {
        assertEquals("en", guess("The mayor of Valmora said that the bridge was closed for the winter and that "
                + "it would not open again before the vote in the spring."));
        assertEquals("de", guess("Der Bürgermeister von Valmora sagte, dass die Brücke im Winter gesperrt ist und "
                + "vor der Abstimmung im Frühjahr nicht wieder geöffnet wird."));
        assertEquals("fr", guess("Le maire de Valmora a déclaré que le pont est fermé pour l'hiver et qu'il ne "
                + "sera pas rouvert avant le vote du printemps, selon la mairie."));
        assertEquals("es", guess("El alcalde de Valmora dijo que el puente está cerrado durante el invierno y que "
                + "no se abrirá de nuevo hasta la votación de la primavera."));
        assertEquals("it", guess("Il sindaco di Valmora ha detto che il ponte è chiuso per l'inverno e che non "
                + "sarà riaperto prima del voto della primavera, secondo il comune."));
        assertEquals("pt", guess("O prefeito de Valmora disse que a ponte está fechada durante o inverno e que não "
                + "será reaberta antes da votação da primavera, segundo a câmara."));
        assertEquals("nl", guess("De burgemeester van Valmora zei dat de brug in de winter gesloten is en dat "
                + "die niet voor de stemming in het voorjaar weer open gaat."));
        assertEquals("ru", guess("Мэр Вальморы сказал, что мост закрыт на зиму и что он не будет открыт до "
                + "голосования весной, как сообщили в мэрии, и это было ожидаемо."));
        assertEquals("uk", guess("Мер Вальмори сказав, що міст закритий на зиму і що його не відкриють до "
                + "голосування навесні, як повідомили у мерії, але це було очікувано."));
        assertEquals("pl", guess("Burmistrz Valmory powiedział, że most jest zamknięty na zimę i że nie zostanie "
                + "otwarty przed głosowaniem wiosną, jak podał urząd, co było do przewidzenia."));
    }

    @Test
    void tooShortOrUnclearTextHasNoLanguage() {
        assertNull(guess("Valmora bridge closed"));
        assertNull(guess(""));
        assertNull(guess("Valmora Orvin Kessel Varga Brandt Hart Lind Dorn Erdman Courier Ilse Tomas Petra 2031"));
        // Finnish has no profile: better no answer than a wrong one.
        assertNull(guess("Valtuusto päätti torstaina sulkea vanhan sillan, vaikka asukkaat vastustivat päätöstä "
                + "kovasti ja keräsivät nimiä adressiin koko talven ajan."));
    }

    @Test
    void readsTheLanguageCodeOfAMetadataTag() {
        assertEquals("de", Languages.fromTag("de-AT"));
        assertEquals("en", Languages.fromTag("EN_gb"));
        assertEquals("fr", Languages.fromTag(" fr "));
        assertNull(Languages.fromTag("english"));
        assertNull(Languages.fromTag(""));
        assertNull(Languages.fromTag(null));
    }
}
