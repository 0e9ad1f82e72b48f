"""Citations of other documents (*trích dẫn văn bản*): "Kế hoạch số 70/KH-UBND ngày 26/3/2021".

A citation names the type (*tên loại*) — for a law, code, ordinance or constitution also
its name —, the number and symbol (*số, ký hiệu*), and often the date, the issuer and the
subject:

    {kind}[ {name}][[ số] {number}][,][ ngày {date}][,][ của {issuer}][ về[ việc]] {subject}

as real documents write them:

* "Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo" (reports, plans);
* "Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng
  …" (the long date of the decrees; a subject that starts with its verb, no "về");
* "Chỉ thị số 05-CT/TW, ngày 15-5-2016, của Bộ Chính trị về …" (Party texts: commas around
  the date, hyphens in it);
* "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" (a law by name and
  date, no number), "Luật Đầu tư công số 49/2014/QH13", "Pháp lệnh Dân số số
  06/2003/PL-UBTVQH11", "Luật sửa đổi, bổ sung một số điều của …";
* symbols with "&" and "." ("473/TTr-NN&PTNT", "01/1999/QĐ.UB") and numbers with a letter
  ("30a/2008/NQ-CP");
* "… về việc ban hành …": the connector is "về việc", the subject "ban hành …".

Only the canonical spelling is a citation here: numbers below 10 take a leading zero, dates
follow :mod:`vnreport.formatting.dates`, pieces are separated by single spaces. That is what
makes ``str(DocumentReference.parse(text)) == text`` hold; :meth:`DocumentReference.parse`
refuses any other spelling and names the canonical one.

Where the issuer ends and the subject begins is read from the words
(:mod:`vnreport.model.citations.issuers`): "về" ends it, a subject verb in lower case
("quy định", "hướng dẫn" …) ends it, and a verb that names may hold ("thực hiện") ends it
only after an agency name of a known shape. What the words cannot tell is reported
(:class:`AmbiguousCitationError`), never guessed.

In running text (:meth:`DocumentReference.find_all`) the issuer has no closing mark, so it
is read as the longest run of words that can belong to an agency name (Phụ lục II, rules 5
and 8), or as a known agency name when that is longer ("Bộ Văn hóa, Thể thao và Du lịch"),
then cut where a subject starts. It starts with a capital letter ("của mình" is no issuer)
and stops before

* punctuation: ``, ; : . ! ? …``, brackets and quotation marks (a name in brackets, such as
  "(Khóa XI)", is a comment on the issuer, not part of it);
* a word that begins a clause rather than continuing a name: "về" (the subject), "được",
  "đã", "theo", "trong", "tại", "ngày" …, and the subject verbs;
* "và" or "-" not followed by a capitalised word ("Chính phủ và Ủy ban Trung ương MTTQ Việt
  Nam" and "Bộ Lao động - Thương binh và Xã hội" are one issuer, "… và các văn bản" ends it);
* the next citation, and the end of the text or of the line.

The subject is never guessed in running text: where it ends cannot be told from the words.
"""

from __future__ import annotations

from vnreport.model.citations.dates import CitationDateStyle
from vnreport.model.citations.issuers import AmbiguousCitationError, is_known_issuer
from vnreport.model.citations.reading import FoundReference
from vnreport.model.citations.reference import DocumentReference, find_references
from vnreport.model.citations.vocabulary import KNOWN_KINDS, LAW_KINDS, SubjectConnector

__all__ = [
    "KNOWN_KINDS",
    "LAW_KINDS",
    "AmbiguousCitationError",
    "CitationDateStyle",
    "DocumentReference",
    "FoundReference",
    "SubjectConnector",
    "find_references",
    "is_known_issuer",
]
