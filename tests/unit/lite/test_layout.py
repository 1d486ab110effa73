"""layout: headline, furniture, datelines and the lead, found once per article."""

from __future__ import annotations

from newsbrief.article import make_article
from newsbrief.lite.layout import is_junk_line, layout
from newsbrief.lite.names_latin import LatinNames
from newsbrief.lite.what import find_what
from newsbrief.lite.who import find_who


def _lead(text: str, lang: str = "en") -> str:
    art = make_article(text, lang=lang)
    lay = layout(art)
    assert lay.lead is not None
    return text[lay.lead[0] : lay.lead[1]]


def test_video_player_and_share_bar_before_the_lead_are_furniture():
    text = (
        "Bakery chain recalls bread\n\n"
        "Skip Ad Ad Loading... x Embed x Share Acme Bakeries is recalling 40,000 loaves of bread "
        "sold in northern England after metal fragments were found. The firm apologised."
    )
    assert _lead(text).startswith("Acme Bakeries is recalling 40,000 loaves")
    assert find_what(make_article(text, lang="en")).text.startswith("Acme Bakeries is recalling")


def test_standfirst_running_into_a_share_bar_is_not_the_lead():
    text = (
        "Storm closes ports\n\n"
        "Ferries stay in harbour as winds reach 90mph Click to share on Facebook (Opens in new "
        "window) Click to share on Twitter (Opens in new window) Gale-force winds closed three "
        "ports on the south coast on Monday, stranding hundreds of passengers."
    )
    assert _lead(text).startswith("Gale-force winds closed three ports")


def test_newsletter_box_is_furniture():
    text = (
        "Council approves budget\n\n"
        "Get politics updates directly to your inbox + Subscribe Thank you for subscribing! "
        "The city council approved a £2m budget for road repairs on Tuesday evening."
    )
    assert _lead(text).startswith("The city council approved")


def test_byline_and_dateline_inside_the_first_sentence():
    text = (
        "Rail strike ends\n\n"
        "Rail strike ends after talks By Jane Roe and Tom Poe LONDON, March 3 (Reuters) - Train "
        "drivers ended a three-day strike on Friday after a pay deal was agreed."
    )
    art = make_article(text, lang="en")
    lay = layout(art)
    assert _lead(text).startswith("Train drivers ended a three-day strike")
    assert lay.dateline is not None and "LONDON" in text[lay.dateline[0] : lay.dateline[1]]


def test_photo_gallery_label_is_never_part_of_a_name():
    text = (
        "Senator concedes\n\n"
        "1 of 12 Full Screen Autoplay Close Skip Ad x Campaign ends View Photos Maria Lopez "
        "conceded the race on Wednesday, Senator Maria Lopez said in a statement."
    )
    names = [w.text for w in find_who(make_article(text, lang="en"))]
    assert "Maria Lopez" in names
    assert not any("View" in n or "Photos" in n for n in names)


def test_read_more_link_headline_is_furniture():
    text = (
        "Mayor resigns\n\n"
        "The mayor of Springfield resigned on Monday. Why Springfield's budget collapsed Read more "
        "Her deputy, Tom Baker, will take over until an election is held."
    )
    lay = layout(make_article(text, lang="en"))
    spans = [text[a:b] for a, b in lay.furniture]
    assert any(s.startswith("Why Springfield") and s.endswith("Read more") for s in spans)


def test_acronym_defined_after_a_long_capitalised_name():
    text = "The National Institute of Marine Research (NIMR) said the reef was recovering."
    names = LatinNames(text, "en", {0})
    assert "NIMR" in names.local_orgs
    long_run = " ".join(["Alpha"] * 3000) + " (ABC) said."
    assert LatinNames(long_run, "en", {0}).local_orgs == set()  # no organisation word


def test_video_title_that_runs_into_a_newsletter_box_is_not_the_lead():
    text = (
        "Flooding in Devon\n\n"
        "'We lost everything,' says shop owner as river bursts its ba Get daily updates directly "
        "to your inbox + Subscribe Thank you for subscribing! Floodwater swept through three "
        "villages in Devon overnight, forcing 200 people from their homes."
    )
    assert _lead(text).startswith("Floodwater swept through three villages")


def test_headline_ending_in_a_quote_or_an_ellipsis_is_not_the_lead():
    body = (
        "The Hornets beat the Tigers 4-3 in the seventh game on Wednesday night to win their "
        "first championship in 60 years, sending thousands of fans into the streets of the city."
    )
    for head in ("Hornets win title: 'We waited so long'", "Coach to fans: We are back..."):
        text = f"{head}\n\n{body}"
        lay = layout(make_article(text, lang="en"))
        assert lay.headline is not None
        assert _lead(text).startswith("The Hornets beat the Tigers")


def test_caption_followed_by_its_photo_credit_is_not_the_lead():
    text = (
        "Bridge closed after crash\n\n"
        "A picture released by the county council of the damaged bridge near Ashford, March 3, "
        "2024. (Photo: AP) A lorry hit the railway bridge at Ashford on Sunday, closing the line "
        "for two days while engineers inspected it."
    )
    assert _lead(text).startswith("A lorry hit the railway bridge")


def test_a_whole_story_on_one_line_is_not_a_junk_line():
    body = "Image caption The new bridge opened in May " + "Engineers finished the work. " * 20
    text = "Bridge opens\n\n" + body
    lay = layout(make_article(text, lang="en"))
    assert lay.lead is not None and lay.lead[0] > text.index("Image caption")


def test_a_teaser_before_the_lead_is_not_the_lead():
    text = (
        "Council drops parking fees\n\n"
        "Talk about a holiday gift. The city council voted on Monday to scrap parking fees in "
        "the town centre for the whole of December."
    )
    assert _lead(text).startswith("The city council voted on Monday")


def test_long_headline_ending_in_a_quoted_cry_is_the_headline():
    head = (
        "Grand Prix thrown into chaos as crash brings out red flag and the champion fumes over "
        "'stupid' conditions: 'This is mad!'"
    )
    body = (
        "A chaotic Grand Prix was suspended on lap 20 after a crash in the treacherous conditions. "
        "The driver lost control of his car as the race restarted behind the safety car. " * 2
    )
    lay = layout(make_article(f"{head}\n\n{body}", lang="en"))
    assert lay.headline is not None
    assert _lead(f"{head}\n\n{body}").startswith("A chaotic Grand Prix was suspended")
    # a long first paragraph ending in a quoted full stop is a lead sentence, not a title
    lead = (
        "The mayor opened the new harbour bridge on Tuesday morning in front of a large crowd of "
        'residents and told them: "This bridge is yours."'
    )
    assert layout(make_article(f"{lead}\n\n{body}", lang="en")).headline is None


def test_photographer_outlet_credit_marks_a_caption_and_is_furniture():
    text = (
        "Council blames storm for power cut\n\n"
        "The mayor walks past a fallen tree on the high street after the storm. "
        "(Jane Doe/The Evening Courier) The council blamed Sunday's storm for a power cut that "
        "left 4,000 homes without electricity for two days."
    )
    lead = _lead(text)
    assert lead.startswith("The council blamed Sunday's storm")
    lay = layout(make_article(text, lang="en"))
    assert any(text[a:b] == "(Jane Doe/The Evening Courier)" for a, b in lay.furniture)


def test_a_caption_run_into_the_lead_ends_at_an_article_or_its_own_short_full_stop():
    rest = " Crews stayed at the scene all night and the road was closed until noon." * 6
    text = (
        "Factory fire in Leeds\n\n"
        "Image caption The fire destroyed two warehouses and a car park A fire broke out at a paint "
        "factory in Leeds on Monday night, forcing 300 people from their homes." + rest
    )
    assert _lead(text).startswith("A fire broke out at a paint factory")
    text = (
        "Factory fire in Leeds\n\n"
        'Media caption Firefighter: "It was very hot." Crews fought a fire at a paint factory in '
        "Leeds on Monday night, and 300 people left their homes." + rest
    )
    assert _lead(text).startswith("Crews fought a fire at a paint factory")


def test_a_caption_with_no_end_in_sight_loses_only_its_marker():
    text = (
        "Factory fire in Leeds\n\n"
        "Media caption Crews at the scene Fire crews fought a blaze at a paint factory in Leeds on "
        "Monday night and hundreds of people were told to leave their homes until the morning."
        + " Crews stayed at the scene all night and the road was closed until noon."
        * 6
    )
    # no article after a lower-case word, and the full stop is far: the caption's end is unknown
    assert _lead(text).startswith("Crews at the scene Fire crews fought a blaze")


def test_headline_full_stop_a_short_first_paragraph_ending_in_a_stop_is_the_headline():
    head = "Polisi bentrok dengan pendemo Lorenzia menjelang pemungutan suara."
    body = (
        "Enam orang ditangkap di Kota Baru pada hari Sabtu setelah para pendemo bentrok dengan "
        "polisi anti huru-hara, dan ribuan orang bergabung dalam unjuk rasa tandingan di pusat "
        "kota untuk memperingati setahun pemungutan suara yang memecah belah warga provinsi itu."
    )
    text = f"{head}\n\n{body}"
    lay = layout(make_article(text, lang="id"))
    assert lay.headline is not None and text[lay.headline[0] : lay.headline[1]].strip() == head
    assert _lead(text, "id").startswith("Enam orang ditangkap")
    assert all(w.text != "Lorenzia" for w in find_who(make_article(text, lang="id")))


def test_headline_full_stop_leaves_a_one_sentence_lead_paragraph_alone():
    lead = (
        "The mayor of Harbourville said on Monday that the city would close two of its three "
        "ferry terminals next year after a long fall in passenger numbers."
    )
    body = "The decision follows a review by the council. " * 6
    text = f"{lead}\n\n{body}"
    assert layout(make_article(text, lang="en")).headline is None
    assert _lead(text).startswith("The mayor of Harbourville")


def test_outlet_with_a_digit_opens_a_dateline():
    text = (
        "Banjir rendam permukiman di Garut\n\n"
        "Warta9.com, Garut - Banjir merendam 120 rumah di Kecamatan Tarogong pada Senin malam. "
        "Warga mengungsi ke masjid."
    )
    assert _lead(text, "id").startswith("Banjir merendam 120 rumah")


def test_caption_labels_followed_by_a_comma_are_furniture():
    for lang, label in (
        ("id", "Keterangan gambar, Presiden berbicara di depan wartawan di Jakarta."),
        ("id", "Sumber gambar, Reuters"),
        ("en", "Image source, Reuters"),
        ("zh", "图片来源，路透社"),
        ("zh", "图像加注文字，总统在雅加达对记者讲话。"),
    ):
        art = make_article(f"Judul berita\n\n{label}\n\nIsi berita yang panjang.", lang=lang)
        at = art.text.index(label)
        assert any(a <= at < b for a, b in layout(art).furniture), label


def test_outlet_line_a_line_that_is_only_the_outlet_or_reporter_and_outlet_is_furniture():
    text = (
        "Menteri resmikan pelabuhan baru\n\n"
        "Warta9 Indonesia\n"
        "Dewi Lestari - Warta9.com\n\n"
        "Menteri Perhubungan meresmikan pelabuhan baru di Kendari pada Kamis siang. "
        "Pelabuhan itu dapat melayani kapal barang berukuran besar."
    )
    art = make_article(text, lang="id")
    furniture = [text[a:b].strip() for a, b in layout(art).furniture]
    assert "Warta9 Indonesia" not in furniture  # no outlet in it: an unknown name stays
    assert "Dewi Lestari - Warta9.com" in furniture
    assert _lead(text, "id").startswith("Menteri Perhubungan meresmikan")
    for line in ("CNN Indonesia", "Tim Redaksi - Kompas.com", "Reuters"):
        assert is_junk_line(line), line
    for line in ("CNN sues the city over a ban", "Tempo Scan to buy a rival"):
        assert not is_junk_line(line), line
