package org.mxdr.platform.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table backed by a boundary's count and page queries, one page at a time, never more
 * rows than the boundary allows in a page. The view's own fields (filters, search text) are read
 * by the given functions at each load.
 */
public final class BoundaryPages<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    public interface Count extends Serializable {
        long count();
    }

    public interface Page<T> extends Serializable {
        List<T> load(int first, int size);
    }

    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;
    private final int maxPage;

    public BoundaryPages(Count count, Page<T> page, Key<T> key, int maxPage) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.maxPage = maxPage;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        return page.load(first, Math.min(pageSize, maxPage));
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }
}
