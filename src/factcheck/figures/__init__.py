"""Find every figure in an article: where it is, how it is written, what it means.

A rule-based scanner: it finds where a numeral starts, reads it with the quantity parser's own
numeral reader, takes the unit and the words around it (超, 约有, 余, 以上, 预计, 同比下降 …) and
hands the figure as a fact file would write it (``超1万个``, ``4000余个``, ``预计6%``) to
:func:`factcheck.quantity.parse_quantity`. Nothing here re-implements the reading of numbers, and
the words come from :mod:`factcheck.lexicon`, as the parser's do.

Numbers that are not figures are skipped: names (十四五, 二十大, “532”发展战略, 2.0模式, PM2.5,
15分钟医保服务圈, 一号工程, 三位一体, 两特三新一智能, 三高一资), dates and periods (2023年,
2017年7月, 去年9月, 前三季度, 近三年来), ordinals (第三批, 第一产业), enumerators (一、 (1) 1.)
and words such as 一批, 一天, 一个个. A candidate the parser cannot read is kept with its reason
("not understood"), so that nothing is dropped silently.

The modules, along the seams of the work:

- :mod:`.scanner`: the scan loop, and the passes over the figures found (one bound word for
  two figures joined by 或, one change word for two rates joined by 和);
- :mod:`.guards`: the ordered table of what a numeral may turn out to be instead of a figure;
- :mod:`.build`: a figure from its words (look-back, the written form, the parser's reading);
- :mod:`.reading`: units, the words before a number, quoted names, runs of numerals;
- :mod:`.names`: the names a count introduces (长青科技、天元智能两家);
- :mod:`.clauses`: clause and sentence splitting;
- :mod:`.figure`: the :class:`Figure` record.
"""

from __future__ import annotations

from .clauses import clause_span
from .figure import Figure
from .reading import long_numeral_end
from .scanner import figures_in_text, find_figures

__all__ = ["Figure", "clause_span", "figures_in_text", "find_figures", "long_numeral_end"]
