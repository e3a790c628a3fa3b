package org.sitrep.extract.quote;

/**
 * Where a quotation lies in the article text.
 *
 * @param open   offset of the opening mark
 * @param start  offset of the first quoted character (just after the opening mark)
 * @param end    offset just after the last quoted character (the closing mark's offset)
 * @param close  offset of the closing mark
 * @param parent index of the enclosing quotation in the finder's list, or -1 for a top-level one
 */
record QuoteSpan(int open, int start, int end, int close, int parent) {

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    boolean isNested() {
        return parent >= 0;
    }
}
