package org.parallax.spark;

import java.util.List;

/**
 * A tiny corpus of invented articles about fictional events and outlets, as JSON Lines: two crane collapses in two
 * harbour towns months apart (one kind of event, two events), a mayoral election and a chess final, plus one broken
 * line and one repeated id.
 */
final class FictionalNews {
    private FictionalNews() {
    }

    static final List<String> LINES_A = List.of(
            line("harbour-1", "Coastline Gazette", "2025-03-04", "Crane collapses onto container ship in Port Wenlow",
                    "A dockside crane collapsed onto the container ship Marisol Venn in Port Wenlow on Tuesday"
                            + " morning, injuring four dock workers. Harbour master Edvin Salk said the crane's"
                            + " boom snapped during high winds. The Wenlow Dock Authority closed berths 6 and 7 while"
                            + " inspectors from the Maritime Safety Board examined the wreckage."),
            line("harbour-2", "Wenlow Herald", "2025-03-04", "Four hurt as dock crane falls in Port Wenlow",
                    "Four workers were hurt when a crane fell across the deck of the Marisol Venn at Port Wenlow."
                            + " Edvin Salk, the harbour master, blamed gusts that reached 90 kilometres an hour."
                            + " Berths 6 and 7 stay closed and the Maritime Safety Board has opened an inquiry."),
            "{\"id\": \"broken\", \"title\": \"This line is cut off",
            line("harbour-3", "North Sea Daily", "2025-03-05", "Port Wenlow inquiry into crane collapse begins",
                    "Inspectors of the Maritime Safety Board began their inquiry into the crane collapse at Port"
                            + " Wenlow, a day after the boom fell onto the Marisol Venn. Harbour master Edvin Salk"
                            + " said the four injured dock workers were recovering. Berths 6 and 7 remain closed."),
            line("mayor-1", "Kessel Courier", "2025-05-12", "Ottilie Brandvold elected mayor of Kessel Falls",
                    "Ottilie Brandvold won the mayoral election in Kessel Falls on Sunday with 54 percent of the"
                            + " vote, ending twelve years of rule by the Riverside Alliance. Brandvold promised to"
                            + " rebuild the old tram line and to open the town ledger to the public."),
            line("mayor-2", "Valley Post", "2025-05-12", "Brandvold wins Kessel Falls mayoral race",
                    "Challenger Ottilie Brandvold beat the Riverside Alliance candidate Tomas Greel in Kessel Falls,"
                            + " taking 54 percent. Turnout was 61 percent. Brandvold said the tram line would be her"
                            + " first project as mayor of Kessel Falls."));

    static final List<String> LINES_B = List.of(
            line("crane-1", "Ravensmoor Times", "2025-09-18", "Crane topples at Ravensmoor shipyard",
                    "A tower crane toppled at the Ravensmoor shipyard on Thursday, crushing two empty trailers."
                            + " Nobody was hurt, said yard manager Priya Okonkwo-Lund. The Maritime Safety Board"
                            + " sent inspectors to the Ravensmoor yard, where the hull of the ferry Aldous Brine is"
                            + " being built."),
            line("crane-2", "Fjordside Observer", "2025-09-18", "No injuries as crane falls in Ravensmoor",
                    "No one was injured when a tower crane fell at the shipyard in Ravensmoor, yard manager Priya"
                            + " Okonkwo-Lund said. Two trailers were crushed. Work on the ferry Aldous Brine has"
                            + " stopped while the Maritime Safety Board inspects the site."),
            line("crane-3", "Coastline Gazette", "2025-09-19", "Ravensmoor shipyard crane collapse under review",
                    "Inspectors at the Ravensmoor shipyard are examining the foundations of the tower crane that"
                            + " fell on Thursday. Priya Okonkwo-Lund said work on the Aldous Brine would resume next"
                            + " week. The two crushed trailers were empty."),
            line("mayor-3", "Kessel Courier", "2025-05-13", "New Kessel Falls mayor Brandvold names deputy",
                    "A day after her election, Kessel Falls mayor Ottilie Brandvold named former librarian Ines"
                            + " Vantongeren as her deputy and repeated her pledge to rebuild the tram line."),
            line("chess-1", "Board and Clock", "2025-07-02", "Amadou Trelawney wins Lindqvist Cup final",
                    "Amadou Trelawney won the Lindqvist Cup chess final in Osterhaven after a six-hour endgame"
                            + " against Wiebke Sorensen. The 19-year-old is the youngest winner of the cup."),
            line("harbour-1", "Copy Desk", "2025-03-06", "A second record with a taken id",
                    "This record repeats the id of an earlier article and must be skipped as a duplicate."));

    private static String line(String id, String outlet, String date, String title, String text) {
        return "{\"id\": \"" + id + "\", \"source\": \"" + outlet + "\", \"published\": \"" + date
                + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
    }
}
