#!/usr/bin/env python3
"""Entries that probe gettext's line breaking; msgcat rewrites them."""
tests = {
 "slash": "aaaa " * 13 + "and/or and/or and/or and/or",
 "hyph": "aaaa " * 13 + "well-known well-known x-1 -foo",
 "comma": "aaaa " * 13 + "a,b,c,d,e,f.g.h.i.j.k:l;m!n?o)p(q[r]s{t}u|v_w+x=y%z",
 "cjk": "这是一个很长的中文句子用于测试换行功能这是一个很长的中文句子用于测试换行功能这是一个很长的中文句子",
 "quote": "aaaa " * 13 + "say \"hello\" and 'x' (paren) [br] end",
 "tab": "aaaa " * 13 + "tab\there\tand\tmore\ttext",
 "ja": "これは非常に長い日本語の文です。改行の動作を確認するためのテストです。これは非常に長い日本語の文です。",
 "ko": "이것은 줄 바꿈 동작을 확인하기 위한 매우 긴 한국어 문장입니다이것은줄바꿈동작을확인하기위한매우긴한국어문장입니다",
 "spaces": "aaaa " * 14 + "    multiple     spaces   here",
 "nbsp": "aaaa " * 14 + "a\u00a0b\u2013c\u2014d\u2010e",
 "digits": "aaaa " * 13 + "1,000 2.5 10-20 $5 5% #3 @x",
 "url": "aaaa " * 10 + "http://example.com/path/to/page?x=1&y=2 end",
 "nl": "first line\nsecond line that is long enough to need wrapping after the newline, yes\n",
 "md": "aaaa " * 12 + "**bold** _em_ `code` [link](http://x.org/a-b) ![alt](img.png)",
}
po = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
for k, v in tests.items():
    for shift in range(0, 6):
        s = "x" * shift + v
        esc = s.replace('\\', '\\\\').replace('"', '\\"').replace('\t', '\\t').replace('\n', '\\n')
        po += f'msgctxt "{k}{shift}"\nmsgid "{esc}"\nmsgstr "{esc}"\n\n'
        po += f'#, no-wrap\nmsgctxt "{k}{shift} no-wrap"\nmsgid "{esc}"\nmsgstr ""\n\n'
print(po, end="")
