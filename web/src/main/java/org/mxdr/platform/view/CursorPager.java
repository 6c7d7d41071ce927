package org.mxdr.platform.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.mxdr.platform.CursorPage;

/**
 * A console list's pages by cursor: "Next" follows the page's next cursor, "Previous" goes back along
 * the cursors the pages shown so far started from. It says whether more follow instead of counting.
 */
public final class CursorPager<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One boundary call: the page after the cursor (null: the newest). */
    public interface Load<T> extends Serializable {
        CursorPage<T> load(String cursor, int size);
    }

    private final Load<T> load;
    private int size = 20;
    private final List<String> starts = new ArrayList<>();
    private CursorPage<T> page = CursorPage.empty();

    public CursorPager(Load<T> load) {
        this.load = load;
    }

    /** The first page again, after a filter or the page size changed. */
    public void first() {
        starts.clear();
        show(null);
    }

    public void next() {
        if (page.nextCursor() != null) {
            show(page.nextCursor());
        }
    }

    public void previous() {
        if (starts.size() > 1) {
            starts.remove(starts.size() - 1);
            page = load.load(starts.get(starts.size() - 1), size);
        }
    }

    private void show(String start) {
        page = load.load(start, size);
        starts.add(start);
    }

    public List<T> getRows() {
        return page.items();
    }

    /** Which rows are shown, e.g. "21–40, more follow". */
    public String getShown() {
        if (page.items().isEmpty()) {
            return "";
        }
        int first = (starts.size() - 1) * size + 1;
        return first + "–" + (first + page.items().size() - 1) + (page.nextCursor() == null ? "" : ", more follow");
    }

    public boolean isFirstPage() {
        return starts.size() <= 1;
    }

    public boolean isLastPage() {
        return page.nextCursor() == null;
    }

    public List<Integer> getSizes() {
        return List.of(20, 50, 100);
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = getSizes().contains(size) ? size : 20;
    }
}
