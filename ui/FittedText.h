#pragma once

#include <QString>

namespace wf::ui {

/// Text that fits the label it is shown in, whatever a scanner or a message put into it: a word
/// longer than `run` characters (a 300-character scan, a hash) gets break opportunities
/// (U+200B) so that a word-wrapped label wraps it instead of growing the window, and text longer
/// than `limit` is cut with "…". The full text belongs in the tooltip and the log.
inline QString fittedText(const QString& text, int run = 24, int limit = 400)
{
    QString shown;
    shown.reserve(text.size() + text.size() / run + 1);
    int sinceBreak = 0;
    for (QChar c : text.left(limit)) {
        shown += c;
        sinceBreak = c.isSpace() ? 0 : sinceBreak + 1;
        if (sinceBreak == run) {
            shown += QChar(0x200B);
            sinceBreak = 0;
        }
    }
    if (text.size() > limit)
        shown += QChar(0x2026);
    return shown;
}

} // namespace wf::ui
