"""Agency copy's notes about the copy itself (corrections, editor's notes, update and embargo
notes): moved out of the body into the article's `ed_note`, as structured formats send them."""

from __future__ import annotations

import re

from wirecopy.schemas.records import Block
from wirecopy.tasks.cleaning.blocks import Work
from wirecopy.tasks.rule_switches import fire, is_on, register

register("text", ("copy_note",))

# A note stands at the copy's edges: among its first paragraphs (after the headline) or its
# last ones; in the middle the same words are the story's ("… the ministry's correction: …").
_EDGE_PARAGRAPHS = 3
# A note is a few sentences; a paragraph longer than this is the story telling of a correction.
_NOTE_MAX_CHARS = 450

# The labels desks open a note to readers with, in the wires' languages, then a colon (after a
# date at most: "Correction, May 2, 2025:"), or the whole note in brackets.
_LABELS = (
    r"editor'?s'? note|note from the editors?|ndlr|n\.d\.l\.r\.?|note de la rédaction|"
    r"hinweis der redaktion|anmerkung der redaktion|anm\. d\. red\.?|nota del editor|"
    r"nota de la redacción|nota da redação|nota della redazione|noot van de redactie|"
    r"toimituksen huomautus|redaktionens anmärkning|от редакции|примечание редакции|"
    r"noot voor de redactie|noat foar de redaksje|"
    r"від редакції|od redakcji|nota redacției|"
    # … and as desks abbreviate them ("Бел. ред.:", "Прим. ред.:", "Pozn. red.:", "N.d.R.:").
    r"бел\. ?ред\.|прим\. ?ред\.|примітка редакції|pozn\. ?red\.|n\. ?d\. ?r\.|"
    r"n\. ?del ?e\.|"
    # … and the corrections' own labels.
    r"corrections?|correctie|correção|corrección|correzione|rettifica|rectificatif|correctif|"
    r"erratum|errata|fe de erratas|berichtigung|korrektur|korjaus|rättelse|rettelse|"
    r"korrigering|sprostowanie|korekta|исправление|виправлення|erată"
)
# "Corrected", the participle a desk opens the note with, then nothing or its date and time
# before the colon ("Korjattu 14.6. kello 10.45: …", "Rättad 12/3: …", "Corrigé le 4 mars :
# …"); the same words mean "repaired" and "saves" ("Opraveno 40 km silnic: …", "Rettet den
# 1. FC …: …"), which no date alone follows.
_CORRECTED = (
    r"korjattu|rättad|rättat|rettet|korrigeret|korrigiert|corrigé|corregido|corrigido|"
    r"corretto|gecorrigeerd|poprawiono|opraveno|исправлено|виправлено|javítva|parandatud|"
    r"ispravljeno|popravljeno|labota|"
    # (… Finnish "the story edited", "updated": "Juttua muokattu 12.5. klo 14.20: …")
    r"(?:juttua |artikkelia |uutista )?(?:muokattu|päivitetty)"
)
_NOTE_DATE = (
    r"(?:\s+(?:le|am|el|il|on|op|den|em|o)\b)?\s*\d{1,2}(?:[./]\s?\d{1,2}\.?|\.?\s?[^\W\d_]{3,9}\.?)?"
    r"(?:[./]?\s?\d{4})?(?:,?\s*(?:kello|klo|kl\.?|at|um|à|a las|alle|o|в)?\s*\d{1,2}[.:h]\d{2})?"
)
# The note's sentence forms, in the wires' languages: the copy corrected or updated, an earlier
# version that said otherwise, the story still being updated, a Chinese release's embargo line.
COPY_NOTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Editor's note: …", "(Berichtigung: Im dritten Absatz …)", "Correction, May 2, 2025: …".
    (
        "labelled",
        # (… or its date right after it: "Rettelse 8. maj kl. 10.12: …")
        re.compile(
            rf"^[(\[]?\s*(?:(?:{_LABELS})(?:(?:\s*[,(–—-]\s*|\s+(?=\d))[^:]{{1,40}})?"
            rf"|(?:{_CORRECTED})(?:{_NOTE_DATE})?)\s*:\s*\S",
            re.I,
        ),
    ),
    # "This is a corrected story.", "This story has been corrected to reflect …".
    (
        "corrected",
        re.compile(
            r"^(?:this is an? (?:corrected|updated) (?:story|version|article|report)|"
            r"this (?:story|article|report|item|text) (?:has been|was) (?:corrected|updated|"
            r"amended|revised)\b"
            # (… in the Nordic, German, Romance, Dutch, Polish languages: "Artiklen er opdateret
            # kl. 12.15 med …", "Der Artikel wurde aktualisiert", "L'article a été mis à jour")
            r"|(?:artiklen|artikkelen|saken|sagen) er (?:blevet |blitt )?(?:opdateret|oppdatert"
            r"|rettet|korrigeret|korrigert)\b|artikeln (?:har uppdaterats|är uppdaterad"
            r"|har rättats)\b"
            r"|(?:der|dieser) (?:artikel|beitrag) wurde (?:aktualisiert|korrigiert)\b"
            r"|(?:l['’]|cet )article a été (?:mis à jour|corrigé)\b"
            r"|(?:el|este) artículo (?:ha sido|fue) (?:actualizado|corregido)\b"
            r"|(?:o|este) artigo foi (?:atualizado|corrigido)\b"
            r"|(?:l['’]|quest['’])articolo è stato (?:aggiornato|corretto)\b"
            r"|(?:het|dit) artikel is (?:bijgewerkt|aangepast|gecorrigeerd)\b"
            r"|artykuł został (?:zaktualizowany|poprawiony)\b)",
            re.I,
        ),
    ),
    # "An earlier version of this story misstated …", "Une version précédente de ce texte …",
    # "In einer früheren Version dieses Artikels …", "Juttua korjattu 12.3. …".
    (
        "earlier_version",
        re.compile(
            r"^(?:an? (?:earlier|previous) version of this (?:story|article|report|text|item)|"
            r"(?:dans )?une version (?:précédente|antérieure) de (?:ce|cet|cette)\b|"
            r"(?:en )?una versión (?:anterior|previa) de (?:esta|este)\b|"
            r"uma versão anterior (?:deste|desta)\b|una versione precedente di quest|"
            r"in einer früheren (?:version|fassung) (?:dieses|dieser)\b|"
            r"in een eerdere versie van dit\b|i en tidigare version av\b|"
            r"i en tidligere versjon av\b|i en tidligere version af\b|"
            r"juttua (?:korjattu|päivitetty)\b|uutista (?:korjattu|päivitetty)\b"
            # (… the Finnish correction's label, its date and time before the colon: "Oikaisu
            # 14.2. kello 10.20: Jutussa kerrottiin aiemmin virheellisesti …")
            r"|oikaisu(?:\s+[\d.]+(?:\s+(?:klo|kello)\s+[\d.:]+)?)?\s*:\s*jutussa\b)",
            re.I,
        ),
    ),
    # "This story will be updated.", "Ştirea este în curs de actualizare.": the whole line.
    (
        "being_updated",
        re.compile(
            r"^(?:this (?:story|article|report) (?:is being|will be) updated\.?|"
            r"this is a (?:developing|breaking) story\b[^.]{0,80}\.?|"
            r"(?:ştirea|știrea|articolul) (?:este )?în curs de actualizare\.?|"
            r"(?:noticia|nota) en (?:desarrollo|actualización)\.?|notícia em atualização\.?|"
            r"notizia in aggiornamento\.?|article en cours d'actualisation\.?|"
            r"(?:die )?meldung wird (?:laufend )?aktualisiert\.?|"
            # (… Norwegian, Danish, Swedish)
            r"(?:saken|artikkelen|nyheten) (?:oppdateres|blir oppdatert)"
            r"(?: fortløpende| løpende)?\.?|"
            r"(?:sagen|artiklen|nyheden) (?:opdateres|bliver opdateret)(?: løbende)?\.?|"
            r"(?:artikeln|nyheten) (?:uppdateras|kommer att uppdateras)"
            r"(?: löpande| fortlöpande)?\.?)$",
            re.I,
        ),
    ),
    # "Por opção do autor, este texto foi escrito de acordo com a antiga ortografia.": the
    # Portuguese papers' note on the spelling a writer keeps.
    (
        "spelling_note",
        re.compile(
            r"^(?:por (?:opção|decisão|vontade) d[oa] autor[a]?,?\s*(?:este|o) (?:texto|artigo) "
            r"(?:foi escrito|está escrito|segue|não segue|respeita|não respeita)\b.{0,40}"
            r"(?:antiga ortografia|acordo ortográfico|norma ortográfica)"
            r"|(?:este|o) (?:texto|artigo) (?:foi escrito|está escrito|não segue|não respeita)"
            r" (?:de acordo com |segundo )?(?:a |o )?"
            r"(?:antiga ortografia|(?:novo )?acordo ortográfico)"
            r").{0,30}$",
            re.I,
        ),
    ),
    # "（本新聞稿於二〇二四年三月十二日下午四時前禁止發佈）": an embargo, all in brackets.
    (
        "cjk_embargo",
        re.compile(r"^[（(][^（）()]{2,60}前(?:禁止|不得|請勿|请勿)(?:發|发)[佈布表]?[）)]$"),
    ),
)


def copy_note(text: str) -> str | None:
    """The name of the note form this paragraph has, or None."""
    text = text.strip()
    if len(text) > _NOTE_MAX_CHARS:
        return None
    return next((name for name, pattern in COPY_NOTES if pattern.search(text)), None)


def take_copy_notes(blocks: list[Block], work: Work) -> list[Block]:
    """Agency copy without the notes at its edges; their text is the copy's `ed_note`."""
    if not is_on("copy_note"):
        return blocks
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    edges = set(paras[:_EDGE_PARAGRAPHS] + paras[-_EDGE_PARAGRAPHS:])
    # Never the whole copy: a note alone is a note item, kept as sent.
    notes = [i for i in sorted(edges) if copy_note(blocks[i].text)]
    if not notes or len(notes) >= len(paras):
        return blocks
    for i in notes:
        fire("copy_note")
        work.drop("note", "copy_note", blocks[i].text)
        work.notes.append(blocks[i].text.strip())
    return [b for i, b in enumerate(blocks) if i not in notes]
