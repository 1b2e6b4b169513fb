package org.parallax.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.model.Event;

/** The short table printed on stdout after a run: one row per event. */
final class Summary {
    private static final int TITLE_WIDTH = 60;

    private Summary() {
    }

    static void print(Analysis analysis, PrintWriter out) {
        Map<String, Article> byId = new HashMap<>();
        analysis.articles().forEach(a -> byId.put(a.id(), a));
        out.printf("%d articles, %d events%n%n", analysis.articles().size(), analysis.events().size());
        out.printf("%-12s %-10s %8s %7s  %s%n", "event", "date", "articles", "outlets", "title");
        for (Event e : analysis.events()) {
            List<Article> members = e.articleIds().stream().map(byId::get).toList();
            long outlets = new TreeSet<>(members.stream().map(Article::outlet).toList()).size();
            out.printf("%-12s %-10s %8d %7d  %s%n", shortId(e.id()), e.start() == null ? "-" : e.start(),
                    members.size(), outlets, clip(e.title() == null ? "(untitled)" : e.title()));
        }
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }

    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= TITLE_WIDTH ? one : one.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
