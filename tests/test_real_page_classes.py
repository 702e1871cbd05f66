"""Classes of real-page text met in real-dev and real-extra (session 16), one table each.

Every text is invented in the style of the pages (never copied from them). Each row pins
what a general mechanism does, so a later change that breaks the class fails here.
"""

from __future__ import annotations

import pytest

from ekstrak import parse_article
from ekstrak.dates import find_dates, infer_year
from ekstrak.models import Article, Place, Record
from ekstrak.places import place_key


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tables pin the rules: the learned indicator (default mode) stays out."""
    monkeypatch.setenv("EKSTRAK_SLOTS", "rules")


def _record(art: Article, text: str, span: str) -> Record:
    return next(r for r in art.records if text[r.evidence.start : r.evidence.end] == span)


def _time(art: Article, text: str, span: str) -> tuple[str | None, str | None]:
    """(start, end) of the time of the record whose evidence is ``span``."""
    t = _record(art, text, span).time
    return (t.start, t.end) if t else (None, None)


# (text, span, unit): a bare number shares the counted noun of a parallel figure.
SHARED_NOUN = [
    ("Rinciannya 12.400 penduduk miskin di perkotaan, 30.150 ada di perdesaan.", "30.150", "person"),
    ("Sebanyak 900 orang ada di kota, dan 4.100 lainnya tinggal di desa.", "4.100", "person"),
    ("Bedah rumah: 14 unit di Kecamatan Kota, 9 di Kecamatan Bulakamba.", "9", "house"),
    ("Sisanya sebanyak 812 atau 31,5% merupakan desa tertinggal.", "812", "village"),
    ("Jumlahnya 2.504.330 orang, turun dari 2.611.000 pada Maret 2023.", "2.611.000", "person"),
    # session 23: a sentence that goes on from one about an index is about that index
    ("Nilai Indeks Kedalaman Kemiskinan (P1) untuk perkotaan sebesar 1,021. Sedangkan di "
     "perdesaan jauh lebih tinggi, yaitu mencapai 2,228.", "2,228", "point"),
    ("Rasio Gini Jakarta sebesar 0,397 pada September 2016. Angka tersebut turun dibandingkan "
     "September 2015 yang sebesar 0,421.", "0,421", "point"),
]


def test_function_words_are_no_counted_noun() -> None:
    text = "Di perkotaan tercatat 5.200 ada di bantaran sungai."
    assert all(r.unit != "ada" for r in parse_article(text).records)


# (text, span, place name): where a figure is.
BARE_LEVEL = ("Penurunan di Kabupaten Blora lebih tinggi dari Provinsi Jawa Tengah. Pada tahun 2020 "
              "angkanya di Blora 5,76 persen, lebih tinggi dari persentase Provinsi 4,9 persen "
              "dan nasional 3,9 persen.")
PLACES = [
    # session 24: a section heading starts a new topic; an example's place before it stays
    ("Dana Desa untuk Kemiskinan Ekstrem\nMenteri mencontohkan penanganan kemiskinan ekstrem "
     "di Kabupaten Bojonegoro, Jawa Timur.\nDi sana ada 36.158 keluarga miskin ekstrem.\n"
     "Data SDGs Desa\nHingga Oktober 2021, sebanyak 44.520 desa telah menuntaskan pendataan. "
     "Relawan pendataan berjumlah 1.575.944 orang.", "44.520 desa", "Indonesia"),
    # session 24 (real-extra15): a regency's common abbreviation is named in full in records,
    # and a regency the title names stays the article's place beside another regency and its
    # province
    ("Penduduk Miskin di Kotim Turun\nKepala BPS Kotim mengatakan persentase penduduk miskin "
     "Kotim 5,12 persen, lebih tinggi dari Seruyan dan Kalteng.", "5,12 persen",
     "Kotawaringin Timur"),
    # session 24: the place a superlative's figure follows right after holds it; the frame of
    # a ranking ("salah satu yang tertinggi di Jawa Tengah, yaitu ...") does not
    ("Realisasi terbesar di Kabupaten Sambas sebesar Rp9,1 miliar, lalu Kabupaten Ketapang "
     "Rp7,7 miliar.", "Rp9,1 miliar", "Sambas"),
    ("Persentase penduduk miskin tertinggi di Provinsi Papua sebesar 26,8 persen, sedangkan "
     "terendah di Bali 4,2 persen.", "26,8 persen", "Papua"),
    ("Persentase penduduk miskin tertinggi di Provinsi Papua sebesar 26,8 persen, sedangkan "
     "terendah di Bali 4,2 persen.", "4,2 persen", "Bali"),
    ("Kemiskinan Jawa Tengah turun. Angka kemiskinan Brebes salah satu yang tertinggi di Jawa "
     "Tengah, yaitu 15,7 persen.", "15,7 persen", "Brebes"),
    # session 24: a province's office speaking of two or more of its regencies: the lead
    # figure is the province's
    ("Realisasi BLT Desa mencapai Rp52,4 miliar per 30 Juni 2021.\n\"Penyaluran sudah 90 "
     "persen,\" kata Kepala DPMD Provinsi Kalbar.\nRealisasi terbesar di Kabupaten Sambas sebesar Rp9,1 "
     "miliar, lalu Kabupaten Ketapang Rp7,7 miliar. Kabupaten Sambas juga tercepat menyalurkan.",
     "Rp52,4 miliar", "Kalimantan Barat"),
    # where a minister spoke, down to the weekday, is no place of a national figure
    ("\"Anggaran di APBN 2016 untuk rehabilitasi 16.000 unit rumah,\" kata Menteri Sosial usai "
     "peletakan batu pertama di Kecamatan Rembang, Kabupaten Pasuruan, Jawa Timur, Minggu.",
     "16.000 unit rumah", "Indonesia"),
    # the words leading to a figure call it the country's, even in a sentence about a place
    ("Angka kemiskinan Kota Kediri 7,2 persen, di bawah Provinsi Jawa Timur sebesar 11,2 persen "
     "dan nasional sebesar 10,12 persen.", "10,12 persen", "Indonesia"),
    ("Angka kemiskinan Kota Kediri 7,2 persen, di bawah Provinsi Jawa Timur sebesar 11,2 persen "
     "dan nasional sebesar 10,12 persen.", "11,2 persen", "Jawa Timur"),
    ("Rasio elektrifikasi Jawa Tengah 95,13%, dengan rasio elektrifikasi nasional 92%.", "92%",
     "Indonesia"),
    # session 44 (real-extra66 i567, real-extra14 h116): a ranking word before "nasional"
    # ranks the region among the country's: the figure stays the region's
    ("TPT Provinsi Kepulauan Riau periode Agustus 2023 menduduki peringkat tertinggi ketiga "
     "secara nasional yang sebesar 6,80 persen.", "6,80 persen", "Kepulauan Riau"),
    ("Jawa Timur jadi provinsi dengan realisasi dana desa terbesar nasional, yaitu mencapai "
     "Rp6,72 triliun.", "Rp6,72 triliun", "Jawa Timur"),
    # ... and "secara nasional" right after a figure makes it the country's (real-extra53 i498)
    ("Rakor ini membuat penghapusan kemiskinan ekstrem di Provinsi Banten terkoordinasi "
     "sehingga target nol persen secara nasional dapat dicapai.", "nol persen", "Indonesia"),
    # ... but a share of the national total stays the region's (review of session 44)
    ("Kabupaten Indramayu memproduksi 1,5 juta ton padi atau 3 persen secara nasional.",
     "3 persen", "Indramayu"),
    # session 37 (real-extra80 i749): a dateline city with its level word ("KOTA BANDUNG,
    # outlet -", "Kabupaten Bogor -") is where the story was filed, not the topic
    ("Kemiskinan Jabar Turun\nKOTA BANDUNG, indoartnews.com \u2013 Jumlah penduduk miskin di "
     "Jawa Barat pada September 2024 sebanyak 3,67 juta orang. Angka ini turun 0,38 persen "
     "poin dibanding Maret 2024.", "0,38 persen poin", "Jawa Barat"),
    ("Kemiskinan Jabar Turun\nKabupaten Bogor \u2013 Jumlah penduduk miskin di Jawa Barat pada "
     "September 2024 sebanyak 3,67 juta orang. Angka ini turun 0,38 persen poin.",
     "0,38 persen poin", "Jawa Barat"),
    # session 37 (real-extra84 i807): a province named twice side by side ("DIY Yogyakarta")
    # in a national release's ranking is named once: the release stays the country's
    ("Gini Rasio Turun\nLiputan6.com, Jakarta - Badan Pusat Statistik (BPS) melaporkan gini "
     "rasio pada September 2017 sebesar 0,391.\nAdapun menurut provinsi, gini rasio tertinggi "
     "tercatat di DIY Yogyakarta sebesar 0,440. Sementara yang terendah tercatat di Bangka "
     "Belitung dengan gini rasio sebesar 0,276.", "0,391", "Indonesia"),
    # session 37 (real-extra89 i834): the country named in what a speaker at a province
    # reported ("bahwa ... di Kamboja") is the figures' place, in that sentence and after
    ("Kemiskinan Kamboja\nDepartemen Informasi Provinsi Siem Reap mengutip Menteri yang "
     "mengatakan bahwa tingkat kemiskinan di Kamboja telah turun dari 47 persen pada tahun "
     "2007 menjadi 22 persen pada tahun 2009.\nNamun, angka kemiskinan meningkat menjadi 17,8 "
     "persen pada 2020.", "47 persen", "Kamboja"),
    ("Kemiskinan Kamboja\nDepartemen Informasi Provinsi Siem Reap mengutip Menteri yang "
     "mengatakan bahwa tingkat kemiskinan di Kamboja telah turun dari 47 persen pada tahun "
     "2007 menjadi 22 persen pada tahun 2009.\nNamun, angka kemiskinan meningkat menjadi 17,8 "
     "persen pada 2020.", "17,8 persen", "Kamboja"),
    # an outlet before the dateline city; a colon dateline
    ("Berita Kita, Jakarta – BPS mencatat persentase penduduk miskin di Indonesia 9,4 persen.",
     "9,4 persen", "Indonesia"),
    ("Jakarta: Badan Pusat Statistik mencatat tingkat kemiskinan nasional 9,4 persen.",
     "9,4 persen", "Indonesia"),
    # a sentence counting provinces, naming none, spans the country
    ("Padang (ANTARA) - Kementerian Sosial menyalurkan bantuan untuk 2.100.000 keluarga di "
     "34 provinsi.\nDi Sumatera Barat, 31.000 keluarga menerima bantuan.",
     "2.100.000 keluarga", "Indonesia"),
    # BPS island groups: two mentions, one region for the records
    ("BPS mencatat 1,9 juta orang miskin di wilayah Bali dan Nusa Tenggara.", "1,9 juta orang",
     "Bali dan Nusa Tenggara"),
    # ... also where a ranking word stands before them (r035, i133: the ranking's scope
    # was the first half alone)
    ("Penurunan tingkat kemiskinan terbesar terjadi di Bali dan Nusa Tenggara sebesar 0,57 "
     "persen poin.", "0,57 persen poin", "Bali dan Nusa Tenggara"),
    ("Persentase penduduk miskin tertinggi masih berada di Pulau Maluku dan Papua, yakni "
     "19,68 persen.", "19,68 persen", "Maluku dan Papua"),
    # a higher place after a level word alone only locates the smaller one (s112, i271)
    ("Tingkat kemiskinan di Kota Ambon Provinsi Maluku, pada tahun 2022 tercatat oleh BPS "
     "setempat mencapai 4,68 persen.", "4,68 persen", "Ambon"),
    ("Tingkat kemiskinan di Kabupaten Bogor Provinsi Jawa Barat pada tahun 2022 mencapai 7,7 "
     "persen.", "7,7 persen", "Bogor"),
    # regency abbreviations are the regencies
    ("Angka kemiskinan di Kukar turun menjadi 7,1 persen.", "7,1 persen", "Kutai Kartanegara"),
    # a list of figures, each followed by its place
    ("Rinciannya, 14 unit di Kecamatan Seririt, 11 unit di Kecamatan Sawan, dan 9 unit di "
     "Kecamatan Banjar.", "11 unit", "Sawan"),
    # session 25: the place written after a figure with "di" is its own, over a place before
    # it in someone's office; not the place of a total the figure is a share of
    ("Manajer Kantor Pos Cabang Utama Banjarmasin Agus memastikan 129.228 keluarga penerima "
     "manfaat (KPM) di Kalimantan Selatan sudah menerima BLT.", "129.228 keluarga",
     "Kalimantan Selatan"),
    ("Penduduk miskin di Pulau Sulawesi sebanyak 1,96 juta orang atau 7,75% dari total penduduk "
     "miskin di Indonesia.", "7,75%", "Sulawesi"),
    # session 25 (real-extra17): an example place with its own from-to pair holds it
    ("Daerah lainnya mengalami penurunan. Seperti di Singkawang dari 23,5 persen turun menjadi "
     "20,1 persen, Kayong Utara dari 25,1 persen menjadi 22,9 persen.", "22,9 persen",
     "Kayong Utara"),
    # "secara berurutan" pairs figures with places like "masing-masing"; the ranked place
    # itself ("terendah berada di Provinsi Bali") is no ranking frame
    ("Provinsi Papua, Papua Barat dan Nusa Tenggara Timur mencatat persentase tertinggi, secara "
     "berurutan 26,80 persen, 21,70 persen dan 21,21 persen.", "21,70 persen", "Papua Barat"),
    ("Persentase terendah berada di Provinsi Bali sebesar 4,45 persen, diikuti oleh DKI Jakarta "
     "4,69 persen.", "4,45 persen", "Bali"),
    # a country at the end of a survey's or programme's name is no place of the figures
    ("Stunting Terus Turun\nBantul, Kabar Kita - Pemerintah Kabupaten Bantul menargetkan "
     "stunting turun.\nData hasil "
     "Survei Status Gizi Indonesia menunjukkan prevalensi stunting di kabupaten ini 14,9 persen.",
     "14,9 persen", "Bantul"),
    # a visit place, and the place that locates it, are not the statistic's place
    ("Dalam kunjungan kerjanya di Kabupaten Sleman, Jawa Tengah, menteri menyebut secara "
     "nasional desa mandiri bertambah 6.000 desa.", "6.000 desa", "Indonesia"),
    # a name the article introduced after a level word ("Kabupaten Buton") does not cut a
    # longer gazetteer name that starts with it
    # where a quote was given after a venue ("di Kemenko Perekonomian, Jakarta, Selasa") is no
    # topic; nor is the city of a web outlet's dateline with no dash ("Liputan6.com, Jakarta")
    ("Penduduk miskin pesisir mencapai 32,14 persen, jelas Ryanto di Kemenko Perekonomian, "
     "Jakarta, Selasa (10/2/2015).", "32,14 persen", "Indonesia"),
    ("Berita BPS\nLiputan6.com, Jakarta Badan Pusat Statistik (BPS) mencatat gini ratio sebesar "
     "0,382 pada Maret 2019.", "0,382", "Indonesia"),
    # a mixed-case abbreviation the gazetteer knows is named in full in records
    ("Kemiskinan Turun\nBPS Kabupaten Musi Rawas (Mura) merilis data kemiskinan.\n"
     "Penduduk miskin di Mura pada 2019 mencapai 53.820 jiwa.", "53.820 jiwa", "Musi Rawas"),
    ("Berita Bulog\nBeras disalurkan ke Kota Baubau, Kabupaten Buton, Buton Tengah dan "
     "Wakatobi.\nWakatobi 100 ton, Buton Tengah 70 ton atau 7.000 KK penerima.", "70 ton",
     "Buton Tengah"),
    # session 19: a level word with no name before a figure is the unit of that level
    # named last
    (BARE_LEVEL, "4,9 persen", "Jawa Tengah"),
    (BARE_LEVEL, "3,9 persen", "Indonesia"),
    # an amount in rupiah says which country a page that names no place is about, even
    # Session 20: an outlet named after a province stands where a dateline goes; a
    # ministry's national budget is the country's
    ("RADAR JATIM \u2013 Kementerian Sosial mengalokasikan anggaran sebesar Rp2,1 triliun untuk "
     "program bedah rumah tahun 2025.\nProgram ini menyasar 105.000 keluarga miskin.",
     "Rp2,1 triliun", "Indonesia"),
    ("MAGELANG, Pos Jateng \u2013 Kementerian Sosial menyalurkan bantuan bagi 12.500 "
     "keluarga.", "12.500 keluarga", "Indonesia"),
    # a statistics office's release that names one province, once, and nothing national is
    # that province's; one that also speaks of the country stays national
    ("Berita Resmi Statistik BPS\nPersentase penduduk miskin pada Maret 2023 sebesar 6,12 "
     "persen.\nRata-rata rumah tangga miskin di Sulawesi Tenggara memiliki 4,61 orang anggota.",
     "6,12 persen", "Sulawesi Tenggara"),
    ("Berita Resmi Statistik BPS\nPersentase penduduk miskin secara nasional pada Maret 2023 "
     "sebesar 9,36 persen.\nRata-rata rumah tangga miskin di Sulawesi Tenggara memiliki 4,61 "
     "orang anggota.", "9,36 persen", "Indonesia"),
    # a count of places is about the place that holds them (session 22)
    ("Angka kemiskinan Makassar 4,58 persen, terendah dari 24 kabupaten dan kota di Sulawesi "
     "Selatan.", "24 kabupaten", "Sulawesi Selatan"),
    ("Kemiskinan ekstrem Jawa Barat turun. Dari 38 provinsi di Indonesia, sebanyak 15 provinsi "
     "memiliki angka di bawah angka nasional.", "15 provinsi", "Indonesia"),
    ("Vietnam kini menjadi salah satu dari 30 negara di dunia yang menerapkan kriteria "
     "kemiskinan multidimensi.", "30 negara", None),
    # "nasional" right before the figure, even in "target nasional" (session 22); a
    # capitalised "Nasional" ends a programme's name
    ("Stunting NTT\nAngka stunting Kabupaten Timor Tengah Selatan 40 persen pada 2023. Meski "
     "begitu, angka tersebut masih jauh di atas target nasional 14 persen.", "14 persen",
     "Indonesia"),
    ("Di Vietnam, distrik Muong Lat mendukung 9 keluarga. Berkat Program Target Nasional "
     "Pengurangan Kemiskinan, 100% kecamatan di distrik Muong Lat mendapat dukungan.", "100%",
     "Muong Lat"),
    # with the digits glued to "Rp"
    ("Realisasi penyaluran KUR pada 2020 sebesar Rp198,53 triliun, kata Menko.",
     "Rp198,53 triliun", "Indonesia"),
    # session 30 (real-extra x301, real-extra38 i330): an outlet before the dash and the
    # city after it ("KONTAN.CO.ID - JAKARTA."); where a talk was given after its weekday and
    # date ("Selasa (24/10) di Jakarta")
    ("Reporter: Lailatul Anisah\nKONTAN.CO.ID - JAKARTA. Kementerian Desa melaporkan realisasi "
     "penyaluran BLT mencapai Rp3,84 triliun.", "Rp3,84 triliun", "Indonesia"),
    # session 42 (real-extra69 i542, -86 i730): an example place with its own figure in a
    # relative clause ("seperti Halmahera Barat yang ditargetkan turun menjadi ...") holds it
    ("Target Kemiskinan Maluku Utara\nSetiap daerah diberikan rentang target, seperti "
     "Halmahera Barat yang ditargetkan turun menjadi 4,03 persen pada 2026.", "4,03 persen",
     "Halmahera Barat"),
    # session 42 (real-extra116 i1106, real-extra69 i570, -76 i678): a count of places far
    # more than the story's place holds is of a place that can hold them, here the country
    # (Papua holds about 1,000 villages, Bengkulu 10 regencies); a count within reach of it
    # stays (old Papua's 5.411 villages: the gazetteer has split the province since)
    ("BLT Dana Desa di Papua\nBLT Dana Desa di Papua sudah cair. Kemendes menyebut BLT Dana "
     "Desa telah disalurkan di 65.736 desa.", "65.736 desa", "Indonesia"),
    ("BLT Dana Desa di Papua\nBLT Dana Desa di Papua sudah cair di 5.411 desa.", "5.411 desa",
     "Papua"),
    ("Kemiskinan di Bengkulu\nAngka kemiskinan di Bengkulu turun. Program ini menyasar 212 "
     "kabupaten kota prioritas.", "212 kabupaten kota", "Indonesia"),
    ("Kemiskinan di Bengkulu\nAngka kemiskinan di Bengkulu turun. Program ini menyasar 9 "
     "kabupaten.", "9 kabupaten", "Bengkulu"),
    # session 43 (real-extra39 i339): "nasional" with a relative clause before its figure
    ("Kemiskinan Jatim\n\"Kemiskinan ekstrem Jatim turun menjadi 0,82 persen. Dan kemiskinan "
     "ekstrem Jatim ini lebih rendah dari nasional yang pada tahun 2022 berada pada level 2,04 "
     "persen,\" tegasnya.", "2,04 persen", "Indonesia"),
    # ... not a programme's relative clause ("program nasional yang digulirkan")
    ("Bansos di Sleman\nSLEMAN - Pemkab Sleman menyalurkan bantuan. Melalui program nasional "
     "yang digulirkan tahun ini, desa itu menerima 150 paket sembako.", "150 paket", "Sleman"),
    # session 43 (real-extra64 m125): a count of households or people no place of its size
    # could hold (a regency of 430 villages, or any province: about 18 million households at
    # most) is the country's, a national programme's total; a regency's own population stays
    ("Bantuan Beras di Bojonegoro\nBOJONEGORO - Pemkab Bojonegoro menyalurkan beras kepada "
     "41.230 keluarga.\nProgram itu menyasar 21,3 juta keluarga penerima manfaat.",
     "21,3 juta keluarga", "Indonesia"),
    ("Bantuan Beras di Bojonegoro\nBOJONEGORO - Pemkab Bojonegoro menyalurkan beras kepada "
     "41.230 keluarga.\nSebanyak 1.035.416 jiwa tinggal di kabupaten itu.", "1.035.416 jiwa",
     "Bojonegoro"),
    # session 42 (real-extra118 i1140): ... and with the city's own dash after it
    ("Reporter: Lailatul Anisah\nTendaBesar.Com - Jakarta - Kementerian Desa melaporkan "
     "realisasi penyaluran BLT mencapai Rp3,84 triliun.", "Rp3,84 triliun", "Indonesia"),
    ("Program Hibah Air Minum\n\"Dana hibah ini besar,\" kata Sri Hartoyo dalam acara "
     "Lokakarya Penyiapan Program Air Minum 2018, Selasa (24/10) di Jakarta.\nTahun ini "
     "Kementerian PUPR telah mengalokasikan Rp 750 miliar untuk 154 kabupaten/kota.",
     "Rp 750 miliar", "Indonesia"),
    # session 38 (real-extra90 i851): a press conference's city after the office's name
    # ("jumpa pers online BPS Kalsel, Banjarbaru, Senin (16/1/2023)") is where it was told
    ("Kemiskinan Naik\nDengan angka 4,61 persen, Kalimantan Selatan (Kalsel) menjadi provinsi "
     "dengan persentase kemiskinan paling rendah.\n\u201cJumlah penduduk miskin sebanyak "
     "201,95 ribu orang,\u201d kata Kepala BPS Provinsi Kalsel, Martin Wibisono melalui jumpa "
     "pers online BPS Kalsel, Banjarbaru, Senin (16/1/2023).\nNurul menjelaskan, kenaikan "
     "terjadi pada penduduk perkotaan sebesar 4,03 persen.", "4,03 persen", "Kalimantan Selatan"),
    # session 38 (real-extra90 i849): the generic first word kept before a province's short
    # form ("Provinsi Kepulauan Babel") names the province, and records name it in full
    ("Kemiskinan Naik\nJumlah penduduk miskin Maret 2024 Provinsi Kepulauan Babel 69,95 ribu "
     "orang.", "69,95 ribu orang", "Kepulauan Bangka Belitung"),
    # session 38 (real-extra93 i873): an official named after his office's regency
    # ("Kabupaten Tuban, Agung Prasetyo") is no second place, though "Agung" is a district
    ("RTLH Tuban\nKepala Bidang (Kabid) Perumahan Dinas PRKP Kabupaten Tuban, Agung Prasetyo "
     "mengungkapkan data rumah.\n\"Tahun 2018 ini sudah mencapai 2881 unit,\" beber Agung.",
     "2881 unit", "Tuban"),
    # session 38 (real-extra90 i843): a province only Vietnam has ("Nghe An") tells the
    # country of a translated report that calls its districts "kecamatan"
    ("Survei Etnis Minoritas\nPada tahun 2019, 98,6% desa di komunitas etnis minoritas memiliki "
     "akses listrik, dan banyak daerah belum memiliki jalan menuju pusat kecamatan.\nSaat ini, "
     "jika dilihat dari Nghe An, angka kemiskinan masih tinggi.", "98,6%", "Vietnam"),
    # session 45 (real-extra131 i1267): a numbered list item names the regency its next
    # paragraph ("Wilayah ini ...") is about
    ("Daftar Kabupaten Termiskin di Jawa Timur\n\n1. Kabupaten Sampang: Persentase Kemiskinan "
     "20,83%\n\nKabupaten Sampang memegang predikat termiskin.\n\n2. Kabupaten Bangkalan: "
     "Persentase Kemiskinan 18,66%\n\nWilayah ini memiliki angka kemiskinan sebesar 18,66 "
     "persen.", "18,66 persen", "Bangkalan"),
    # session 45 (real-extra dev i952): a ministry's story filed from Jakarta names a
    # province twice as an aside; its figures are the country's
    ("Jakarta - Kementerian Desa PDTT mencatat realisasi penyaluran BLT Dana Desa tahap I "
     "mencapai Rp4,3 triliun per 21 Juni 2020. Bantuan itu telah diterima 7.181.331 keluarga."
     "\nMenteri Desa PDTT mengatakan penyaluran tersendat di Papua. Kemendes PDTT meminta daerah "
     "mempercepat penyaluran. Sebagian desa di Papua belum menyalurkan.", "Rp4,3 triliun",
     "Indonesia"),
    # ... but a ministry's visit filed from the regency stays the regency's
    ("KUPANG - Kementerian Sosial menyalurkan bantuan ATENSI di Kabupaten Kupang. Bantuan "
     "senilai Rp146 juta diterima 100 penerima. Kemensos juga menyerahkan kursi roda. Menteri "
     "Sosial berharap bantuan bermanfaat di Kabupaten Kupang.", "Rp146 juta", "Kupang"),
    # session 45 (real-extra dev i356, i585, i510): a superlative between the figure and the
    # place makes the place the ranking's scope; a place in "yang terletak di ..." locates the
    # subject; the ranked place keeps a figure written "dengan rasio gini sebesar ..."
    ("Kabupaten Konawe mencapai 11,82 persen atau tertinggi di Sulawesi Tenggara.",
     "11,82 persen", "Konawe"),
    ("Kabupaten Pemalang, yang terletak di pesisir pantai utara Jawa Tengah, menempati posisi "
     "keempat dengan jumlah penduduk miskin sebesar 195,84 ribu orang pada tahun 2022.",
     "195,84 ribu orang", "Pemalang"),
    ("Ketimpangan tertinggi di DKI Jakarta. Sementara tingkat ketimpangan terendah terjadi di "
     "Kepulauan Bangka Belitung dengan rasio gini sebesar 0,235.", "0,235",
     "Kepulauan Bangka Belitung"),
    # ... and places counted in a ranking's scope lie in it
    ("Inilah 5 wilayah paling miskin di Papua Tengah, nomor 1 adalah Intan Jaya.", "5 wilayah",
     "Papua Tengah"),
    # session 45 (real-extra dev i550, x302, i658): the central government's rule holds for
    # the country in a village's story
    ("Penyaluran BLT DD di Desa Tanjung Lay. Kebijakan pemerintah pusat untuk BLT DD tahun ini "
     "desa hanya boleh menganggarkan minimal 10 persen dari alokasi Dana Desa.", "10 persen",
     "Indonesia"),
    ("Pemerintah Desa Tanjung Sari mendata warga. Salah satu kriteria yang ditetapkan oleh "
     "pemerintah pusat yaitu miskin ekstrem berpendapatan di bawah Rp. 11.000 per hari.",
     "Rp. 11.000", "Indonesia"),
    # the review of session 45's rules: what must stay where it is
    ("Di Desa Sukamaju warga didata. Sesuai aturan pemerintah pusat desa kami menganggarkan "
     "Rp 120 juta.", "Rp 120 juta", "Sukamaju"),
    ("Harianjogja.com, SLEMAN\u2014BPS mencatat angka kemiskinan di Sleman turun menjadi 7,74 "
     "persen. Kepala BPS Sleman mengatakan penurunan terjadi karena bantuan. Menurut BPS, "
     "jumlah penduduk miskin masih tinggi.", "7,74 persen", "Sleman"),
    ("Jakarta - Kementerian Sosial mencatat 120.000 warga DKI Jakarta menerima bantuan. Menteri "
     "Sosial mengatakan bantuan tepat sasaran. Kemensos akan menambah kuota.", "120.000 warga",
     "Daerah Khusus Ibukota Jakarta"),
    ("Sebanyak 1.500 keluarga termiskin di Kabupaten Garut menerima bantuan.", "1.500 keluarga",
     "Garut"),
    ("Rumah warga yang terletak di Desa Sukamaju, Kecamatan Cibalong, berjumlah 45 unit.",
     "45 unit", "Sukamaju"),
    ("Jakarta - Pemerintah telah membentuk 80.081 Koperasi Desa Merah Putih di seluruh "
     "Indonesia.", "80.081 Koperasi", "Indonesia"),
]


@pytest.mark.parametrize(("text", "span", "place"), PLACES)
def test_record_place(text: str, span: str, place: str | None) -> None:
    rec = _record(parse_article(text), text, span)
    if place is None:  # countries lie in no place
        assert rec.place is None
        return
    assert rec.place is not None
    assert place_key(rec.place) == place_key(Place(name=place))


def test_organisation_after_dana_desa_is_no_village() -> None:
    text = "Pagu dana desa Kemendes PDTT mencapai Rp 70 triliun pada 2023."
    art = parse_article(text)
    assert not [m for m in art.mentions if m.type == "PLACE" and "Kemendes" in m.text]


def test_wrapped_lines_are_one_paragraph_and_quoted_as_given() -> None:
    text = ("Profil Kemiskinan\n"
            "Persentase penduduk miskin di Provinsi Bali\n"
            "pada Maret 2023 sebesar 4,25 persen, turun\n"
            "0,28 persen poin terhadap September 2022.\n"
            "Jumlah penduduk miskin pada Maret 2023 sebanyak 193,78 ribu\n"
            "orang.")
    art = parse_article(text)
    rec = _record(art, text, "4,25 persen")
    assert rec.indicator == "poverty_rate" and rec.place and rec.place.name == "Bali"
    people = next(m for m in art.mentions if m.type == "QUANTITY" and m.text.startswith("193,78"))
    assert people.text == "193,78 ribu\norang"  # the text as given, line break kept
    assert text[people.start : people.end] == people.text


def test_a_line_ending_on_a_word_no_sentence_ends_with_goes_on() -> None:
    """Session 39 (real-extra72): a document viewer's text wrapped before a capitalised
    name ("di Kabupaten\nTuban mencapai"): one sentence, so the cue reaches the figure."""
    text = ("Abstraksi\n"
            "Pada tahun 2019, jumlah penduduk miskin di Kabupaten\n"
            "Blora mencapai 98.400 jiwa (11,2 persen), berkurang sebesar 3.120 jiwa\n"
            "dibandingkan dengan kondisi 2018.")
    art = parse_article(text)
    assert _record(art, text, "98.400 jiwa").indicator == "poor_people"
    assert _record(art, text, "11,2 persen").indicator == "poverty_rate"
    # a headline that ends with a full word stays its own line
    head = "Warga Miskin Bertambah di Kabupaten Blora\nBLORA - Jumlah warga miskin naik 3.120 jiwa."
    assert parse_article(head).title == "Warga Miskin Bertambah di Kabupaten Blora"


def test_a_name_or_a_date_cut_by_a_line_break_goes_on() -> None:
    """Session 44 (real-extra125 i1197, a BPS release copied from a PDF): a line that ends
    in the first word of a place name ("di Provinsi Kalimantan\nTengah") or in a month
    before its year ("pada September\n2016") goes on in the next line, so the name is
    whole and the figure keeps its cue."""
    text = ("Profil Kemiskinan\n"
            "Jumlah penduduk miskin di Provinsi Kalimantan\n"
            "Tengah pada September 2016 mencapai 137.463 orang.\n"
            "Garis Kemiskinan\npada September\n"
            "2016 yaitu sebesar Rp 380.524 per kapita per bulan.")
    art = parse_article(text)
    rec = _record(art, text, "137.463 orang")
    assert rec.place is not None and rec.place.name == "Kalimantan Tengah"
    line = _record(art, text, "Rp 380.524")
    assert line.indicator == "poverty_line"
    assert line.time is not None and line.time.start == "2016-09"
    # two names that are no one name stay two lines ("Jawa Tengah" is a name; "Tengah
    # Malam" after "Jawa" is not read on)
    head = "Bantuan untuk Warga Miskin di Bali\nSleman Juga Menyalurkan 300 Paket"
    assert parse_article(head).title == "Bantuan untuk Warga Miskin di Bali"
    # (review of session 44) a village's two-word name is not enough ("Jakarta Baru"), nor a
    # month above a date stamp's line
    head = "BLT Dana Desa Cair di Jakarta\nBaru sebanyak 1.200 KPM menerima bantuan."
    assert parse_article(head).title == "BLT Dana Desa Cair di Jakarta"
    stamp = "Kemiskinan Turun pada Maret\n2024-07-01 10:15 WIB\nJumlah warga miskin 1.200 KPM."
    assert parse_article(stamp).title == "Kemiskinan Turun pada Maret"


def test_a_release_with_the_depth_index_and_one_province_is_that_provinces() -> None:
    """Session 39 (real-extra56): a provincial release's own text that never names the
    office and names its province once: the poverty depth index says it is a release."""
    text = ("Selama periode Maret - September 2016, jumlah penduduk miskin di Gorontalo "
            "bertambah 1,2 ribu orang, sedangkan persentasenya turun.\nDi daerah perdesaan "
            "berkurang sekitar 300 orang.\nIndeks Kedalaman Kemiskinan (P1) naik dari 3,1 "
            "menjadi 3,3.")
    art = parse_article(text)
    assert art.place is not None and art.place.name == "Gorontalo"
    rec = _record(art, text, "300 orang")
    assert rec.place is not None and rec.place.name == "Gorontalo"
    # without a statistic only the office publishes, one naming in passing is no topic
    told = parse_article("Potensi dana CSR mencapai Rp12 triliun, kata Deputi dalam jumpa pers "
                         "di Jakarta, Rabu. Sebanyak 700 perusahaan wajib menyisihkan lima persen.")
    assert told.place is not None and told.place.level == "country"


def test_a_zero_an_index_nears_is_no_rate() -> None:
    """Session 39: the zero a rate's subject governs is zero percent, not an index's."""
    text = "Nah, indeks kedalaman kemiskinan itu, semakin mendekati 0, maka semakin baik."
    assert not [m for m in parse_article(text).mentions
                if m.type == "QUANTITY" and m.norm.unit == "%"]


def test_headline_and_its_date_line_stay_apart() -> None:
    text = "Pemkab Targetkan 2.000 Unit Rumah Direhab Tahun Ini\n14/03/2025 09:40\nIsi berita."
    art = parse_article(text)
    assert art.title == "Pemkab Targetkan 2.000 Unit Rumah Direhab Tahun Ini"
    assert art.published == "2025-03-14"


def test_indented_bullets_take_the_list_introduction() -> None:
    text = ("Berikut provinsi dengan tingkat kemiskinan ekstrem di bawah 1%:\n\n"
            "  • Jambi 0,81%\n\n  • Riau 0,67%\n")
    rec = _record(parse_article(text), text, "0,67%")
    assert rec.indicator == "extreme_poverty_rate"


# (text, span, indicator)
INDICATORS = [
    # session 39: people who receive a benefit named after them ("akan menerima asuransi")
    ("Tahun ini sebanyak 1.000 nelayan di Tanjung Jabung Barat akan menerima asuransi.",
     "1.000 nelayan", "beneficiaries"),
    ("Sebanyak 264 kepala keluarga penyintas erupsi menerima kunci hunian tetap.",
     "264 kepala keluarga", "beneficiaries"),
    # session 39: "secara persentase" gives the rate of the count just stated
    ("Penduduk miskin perkotaan naik dari 21,4 ribu orang menjadi 23,1 ribu orang. Atau secara "
     "persentase naik sebesar 0,21 persen poin dari 4,12 persen menjadi 4,33 persen.",
     "0,21 persen poin", "poverty_rate"),
    ("Jumlah warga miskin turun 61,2 ribu orang.\n\nSecara presentase, jumlah ini turun "
     "menjadi 9,87%.", "9,87%", "poverty_rate"),
    # session 40 (real-extra103 i974): "setara ... dari populasi" after a count of poor
    # people is its rate
    ("Jawa Tengah memiliki jumlah penduduk miskin sebanyak 3,93 juta jiwa. Setara 11,25% dari "
     "populasi penduduk Jateng.", "11,25%", "poverty_rate"),
    ("Jumlah penduduk miskin mencapai 1,27 juta jiwa. Angka ini setara dengan 8,49% dari total "
     "populasi.", "8,49%", "poverty_rate"),
    # session 25 (real-extra17): a sentence announcing its details ("dengan rincian.") names
    # what the next one's figures measure; "presentase masyarakat miskin" is the rate
    ("Angka presentase masyarakat miskin turun dari tahun ke tahun dengan rincian. Pada tahun "
     "2018 berada diangka 13,87 persen kemudian 2019 diangka 13,63 persen.", "13,87 persen",
     "poverty_rate"),
    ("Angka kunjungan turun dari tahun ke tahun. Pada tahun 2018 berada diangka 13,87 persen.",
     "13,87 persen", "other"),
    # session 25 (real-extra17): the status right after a count of villages, or its category
    # a few words on
    ("Maluku Hanya Punya Empat Desa Mandiri dari 1.169 desa.", "Empat Desa", "villages_by_status"),
    ("Dari 1.169 desa di Maluku, hanya empat desa masuk dalam katagori mandiri.", "empat desa",
     "villages_by_status"),
    # session 25: what a figure itself is (money per recipient) holds against the statistic
    # it continues
    ("Pagu Dana Desa kabupaten itu tahun ini Rp1,5 triliun. Dengan jumlah itu, setiap desa "
     "rata-rata mendapat sekitar Rp800 juta.", "Rp800 juta", "other"),
    ("Pagu Dana Desa kabupaten itu tahun ini Rp1,5 triliun. Tahun lalu pagunya Rp1,4 triliun.",
     "Rp1,4 triliun", "budget_allocated"),
    # session 25 (real-extra16): a figure pointed back to with "tersebut" restates the earlier
    # one, and its parts measure what it does
    ("Pemda merehabilitasi sebanyak 40 RTLH di daerah ini. Dari sebanyak 40 RTLH tersebut, "
     "sebanyak 30 rumah berada di Kecamatan Selagan Raya.", "30 rumah", "houses_built"),
    # session 25: "Dimana ..." goes on with the sentence before as a relative clause
    ("Kondisi ini berbeda untuk persentase penduduk miskin di daerah perkotaan. Dimana pada "
     "September 2022 sebesar 4,90 persen.", "4,90 persen", "poverty_rate"),
    # session 25: a share set aside for a use is no disbursement rate; a share paid out is
    ("Pada 2022, alokasinya mencapai 40% dari total pagu dana desa.", "40%", "other"),
    ("Realisasi penyaluran dana mencapai 40% dari total pagu dana desa.", "40%",
     "disbursement_rate"),
    # session 25: "ektrim", "eksrem" are typos of "ekstrem" (z106, e114)
    ("Pada 2024, sebanyak 0,72 persen merupakan masyarakat miskin ektrim.", "0,72 persen",
     "extreme_poverty_rate"),
    ("Penduduk miskin eksrem terbanyak di Kabupaten Puncak dengan total 17.852 jiwa.",
     "17.852 jiwa", "extreme_poor_people"),
    # session 25 (real-extra16): "Berikut daftarnya, ..." lists what the sentence before names
    ("Lebak menempati posisi kedua tingkat kemiskinan tertinggi tahun 2024. Berikut daftarnya, "
     "pertama Kabupaten Pandeglang 9,18 persen, Kabupaten Lebak 8,44 persen.", "8,44 persen",
     "poverty_rate"),
    ("Lebak menempati posisi kedua tahun 2024. Berikut daftarnya, pertama Kabupaten Pandeglang "
     "9,18 persen, Kabupaten Lebak 8,44 persen.", "9,18 persen", "other"),
    # session 24: the share of people living below the poverty line is the poverty rate, not
    # a share of the line
    ("Data BPS menunjukkan 12,1 persen penduduk desa hidup di bawah garis kemiskinan.",
     "12,1 persen", "poverty_rate"),
    ("Hampir setengah dari total penduduk masih berada di bawah garis kemiskinan.", "setengah",
     "poverty_rate"),
    ("Garis Kemiskinan Makanan sebesar Rp401.120 (73,6 persen).", "73,6 persen", "other"),
    # session 23: a share with no cue in a sentence about a "persentase" and the poor
    ("Jawa Timur menjadi provinsi paling miskin ketiga di Pulau Jawa dengan persentase 9,79 "
     "persen.", "9,79 persen", "poverty_rate"),
    ("Persentase anggaran yang terserap di provinsi itu mencapai 80 persen.", "80 persen",
     "other"),
    # session 23: beneficiaries are people or households reached, never goats, trees or
    # water connections, whatever recipient word stands near
    ("Setelah menerima pinjaman, keluarga itu membeli 20 ekor kambing pejantan.",
     "20 ekor kambing", "other"),
    ("Warga penerima manfaat menanam 300 pohon di lahan desa.", "300 pohon", "other"),
    ("Program itu mendukung pemasangan 2.000 sambungan air bersih bagi keluarga penerima.",
     "2.000 sambungan", "other"),
    ("Program itu memberi bantuan kepada 2.000 keluarga penerima manfaat.", "2.000 keluarga",
     "beneficiaries"),
    ("Bantuan diterima 350 lansia dan 120 balita di desa itu.", "120 balita", "beneficiaries"),
    # session 23: a count of the people who run a programme is no one it reaches
    ("Secara nasional jumlah nasabah tercatat 4,14 juta nasabah dengan jumlah pendamping "
     "tercatat sebanyak 23.203 orang.", "23.203 orang", "other"),
    ("Secara nasional jumlah nasabah tercatat 4,14 juta nasabah dengan jumlah pendamping "
     "tercatat sebanyak 23.203 orang.", "4,14 juta nasabah", "beneficiaries"),
    ("Program PKH didukung 1.200 pendamping sosial di provinsi ini.", "1.200 pendamping", "other"),
    # session 23: a capped share is a rule, not a measured share, whatever its cue
    ("Desa penerima Dana Desa kurang dari Rp800 juta wajib mengalokasikan BLT Dana Desa maksimal "
     "25 persen dari jumlah Dana Desanya.", "25 persen", "other"),
    ("Sebanyak 120 KPM menerima BLT Dana Desa tahun ini.", "120 KPM", "beneficiaries"),
    # session 23: houses on a list or still waiting are other, whatever work the sentence names
    ("Pemkab menjalankan program RTLH sekitar 644 rumah, sedangkan yang terdata dalam program "
     "tersebut mencapai 7585 rumah.", "7585 rumah", "other"),
    ("Pemkab menjalankan program RTLH sekitar 644 rumah, sedangkan yang terdata dalam program "
     "tersebut mencapai 7585 rumah.", "644 rumah", "houses_built"),
    ("Sementara yang belum ditangani dan sudah terinput di sistem E-RTLH sebanyak 8.084 unit "
     "rumah.", "8.084 unit rumah", "other"),
    # session 22: an aside saying by what measure ("(menurut standar ...)") names no statistic;
    # an abbreviation in brackets still restates the name before it
    ("Persentase kemiskinan multidimensi (menurut standar kemiskinan nasional) turun dari 15,9% "
     "pada tahun 2012 menjadi 9,1% pada tahun 2016.", "15,9%", "poverty_rate"),
    ("Belanja bansos dalam Anggaran Pendapatan dan Belanja Negara (APBN) 2022 sebesar "
     "Rp431,5 triliun.", "Rp431,5 triliun", "budget_allocated"),
    # the counted noun after a scale word names recipients ("1 juta KPM"); recipients
    # leaving a programme go on from the graduation before them
    ("Lalu April kami sudah cairkan Rp294 miliar di hampir 1 juta KPM.", "1 juta KPM",
     "beneficiaries"),
    # the rate of a count that measures nothing measures nothing, unless its own cue follows;
    # a share of the heads of poor households describes who they are
    ("Pada Maret 2023, jumlah provinsi dengan tingkat kemiskinan ekstrem di bawah 1% sebanyak "
     "18 provinsi atau sekitar 53% dari total provinsi di Indonesia.", "53%", "other"),
    ("Provinsi itu memiliki 1.063 desa. Sebanyak 72 desa atau 6,7% berstatus sangat tertinggal.",
     "6,7%", "villages_by_status"),
    ("Karakteristik rumah tangga miskin ekstrem pada Maret 2023 adalah 11,26% dari kepala "
     "rumah tangga miskin ekstrem tidak bisa membaca.", "11,26%", "other"),
    # "Angka tersebut" before an amount in another currency converts the statement before;
    # an exchange rate measures nothing of SPEC's
    ("Ambang batas garis kemiskinan sebesar US$6,85 per hari. Angka tersebut sekitar "
     "Rp115.073 per hari (asumsi kurs Rp16.799 per dolar AS).", "Rp115.073", "poverty_line"),
    ("Ambang batas garis kemiskinan sebesar US$6,85 per hari. Angka tersebut sekitar "
     "Rp115.073 per hari (asumsi kurs Rp16.799 per dolar AS).", "Rp16.799", "other"),
    # the whole population a share is taken of is no count of the poor
    ("Filipina dengan persentase penduduk miskin sebesar 50,6% dari total populasi 115,8 juta "
     "orang atau setara 58,59 juta penduduk.", "115,8 juta orang", "other"),
    ("Tingkat penduduk miskinnya sekitar 15,13% dari sekitar 150.939 orang penduduk.",
     "150.939 orang", "other"),
    ("Berdasarkan data BPS dari sekitar 27 juta penduduk miskin di Indonesia, sebagian tinggal "
     "di desa.", "27 juta penduduk", "poor_people"),
    # an abbreviation in brackets ends no clause; "tersasar" targets recipients
    ("Sebanyak 200 kepala keluarga (KK) dari kalangan miskin ekstrem menerima bantuan jamban.",
     "200 kepala keluarga", "beneficiaries"),
    ("Wilayah yang tersasar program jamban sehat, yakni Desa Piyaman 38 KK.", "38 KK",
     "beneficiaries"),
    ("Sebanyak 1,1 juta KPM dinyatakan graduasi mandiri. Tahun ini Kemensos menargetkan "
     "setidaknya 500 ribu KPM lagi keluar dari kepesertaan PKH.", "500 ribu KPM",
     "escaped_poverty"),
    # session 18: budgets written with the verb ("menganggarkan", "dianggarkan"), disbursed
    # money with "cairkan", members of a subsidised insurance ("peserta PBI")
    ("Pemerintah kabupaten menganggarkan sekitar Rp11 miliar dari APBD untuk iuran.",
     "Rp11 miliar", "budget_allocated"),
    ("Layanan kesehatan yang dananya dianggarkan sebesar Rp 25,5 miliar.", "Rp 25,5 miliar",
     "budget_allocated"),
    ("Lalu April kami sudah cairkan Rp294 miliar.", "Rp294 miliar", "budget_disbursed"),
    ("Sebanyak 30.800 peserta PBI iuran BPJS kesehatannya dibayar pemerintah.", "30.800 peserta",
     "beneficiaries"),
    ("Di wilayah pedesaan, penduduk dengan penghasilan 2.200.000 VND per bulan, atau sekitar "
     "Rp1,4 juta, masuk dalam kategori miskin.", "2.200.000 VND", "poverty_line"),
    ("Adapun persentase jumlah penduduk miskin di Kalimantan Selatan ialah 4,56 persen.",
     "4,56 persen", "poverty_rate"),
    # IDM status words right before a count of villages
    ("Dari 74.957 desa, status Mandiri 3.269 Desa, Maju 15.321 Desa.", "15.321 Desa",
     "villages_by_status"),
    # money "per kapita" per month is BPS's poverty line; support "per orang" is not
    ("Pada bulan Maret 2018 tercatat Rp 316.296,- per kapita per bulan.", "Rp 316.296,-",
     "poverty_line"),
    ("Lansia telantar mendapat santunan sebesar Rp 200 ribu per orang setiap bulan.",
     "Rp 200 ribu", "other"),
    # quotas, targets and scheme membership count beneficiaries; a reduction target does not
    ("Jumlah kuota dari kementerian memang hanya 110 orang lansia telantar.", "110 orang",
     "beneficiaries"),
    ("Pemkab baru mampu mengakomodasi 41 ribu orang dalam kepesertaan BPJS Kesehatan.",
     "41 ribu orang", "beneficiaries"),
    ("Tingkat kemiskinan di distrik termiskin, sasaran penurunannya antara 5 dan 6 persen.",
     "5 dan 6 persen",
     "poverty_rate"),
    # session 19: a programme's total cost or value, money rolled out, an amount of a fund
    # named after it; a cost per house or per month stays other
    ("Program itu berjalan dengan total biaya sebanyak 1,5 miliar dolar AS.",
     "1,5 miliar dolar AS", "budget_allocated"),
    ("Kementerian mendukung 1.200 unit rumah dengan total nilai Rp64 miliar.", "Rp64 miliar",
     "budget_allocated"),
    ("Tahun 2016, dana desa digulirkan Rp46 triliun.", "Rp46 triliun", "budget_allocated"),
    ("Dinas mencatat Rp9,1 miliar dari Rp60,2 miliar dana desa dipakai untuk BLT.",
     "Rp60,2 miliar", "budget_allocated"),
    ("Namun, biaya tenaga kerja dan kayu sudah mencapai 60 juta VND.", "60 juta VND", "other"),
    # the common spelling "ekstrim" is "ekstrem"
    ("Angka kemiskinan ekstrim di kabupaten itu tinggal 1,05 persen.", "1,05 persen",
     "extreme_poverty_rate"),
    ("Masih ada 3.120 warga miskin ekstrim di kota ini.", "3.120 warga", "extreme_poor_people"),
    # an urban/rural split goes on with the statistic it splits, on a line of its own
    ("Provinsi itu memiliki penduduk miskin sebanyak 105.530 jiwa.\nSebanyak 8.160 orang ada di "
     "perkotaan, dan 97.370 lainnya tinggal di perdesaan.", "8.160 orang", "poor_people"),
    # money "dikucurkan" has been paid out
    ("Pembiayaan yang dikucurkan dalam lima tahun mencapai Rp95 triliun.", "Rp95 triliun",
     "budget_disbursed"),
    # session 20: a sentence opening with a change of something unnamed changes the statistic
    # just stated, in its paragraph or on the line before
    ("Garis kemiskinan pada Maret 2022 ditetapkan Rp 472.525 per kapita per bulan. Naik 4,1% "
     "dibandingkan Maret 2021.", "4,1%", "poverty_line"),
    ("Garis kemiskinan pada Maret 2022 tercatat Rp 472.525 per kapita per bulan.\nAngkanya naik "
     "4,1% dibandingkan Maret 2021.", "4,1%", "poverty_line"),
    # session 24: "Angka ini" opening a quote points back as well
    ("BPS mencatat persentase penduduk miskin di Bengkulu pada Maret 2024 sebesar 13,56 persen."
     "\n“Angka ini menunjukkan penurunan sebesar 0,48 persen poin dibandingkan September 2023,” "
     "ujarnya.", "0,48 persen poin", "poverty_rate"),
    # session 38 (real-extra93 i911): money in any currency the units lexicon knows is money
    # for the indicator rules ("pendapatan rumah tangga ... 8.479 ringgit per tahun")
    ("Rata-rata pendapatan rumah tangga di Malaysia naik menjadi 8.479 ringgit per tahun.",
     "8.479 ringgit", "income"),
    # session 44 (real-extra127 i1218, i1219): "masyarakat berpenghasilan rendah" (MBR) names
    # who pays, not what is measured: their connection fee is no income
    ("Masyarakat berpenghasilan rendah yang mendapat sambungan cukup membayar Rp 550 ribu.",
     "Rp 550 ribu", "other"),
    ("Warga berpenghasilan di bawah Rp 1,5 juta per bulan masuk kategori ini.",
     "Rp 1,5 juta", "income"),
    ("Masyarakat dengan pendapatan yang rendah cukup membayar Rp 550 ribu.", "Rp 550 ribu",
     "other"),
    ("Warga berpenghasilan rendah, yakni di bawah Rp2 juta per bulan, mendapat bantuan.",
     "Rp2 juta", "income"),
    # session 44 (real-extra128 i1224): a minimum wage is a standard a decree sets, not what
    # anyone earns (the dev gold: 66 other, 1 income)
    ("UMP Yogyakarta pada 2023 sebesar Rp1.981.782,36.", "Rp1.981.782,36", "other"),
    ("Besaran upah minimum provinsi (UMP) 2023 naik 7,65 persen.", "7,65 persen", "other"),
    ("Upah buruh tani rata-rata Rp 60.000 per hari.", "Rp 60.000", "income"),
]


def test_group_in_bps_spelling() -> None:
    text = "Persentase penduduk miskin di pedesaan sebesar 12,4 persen pada September 2022."
    assert _record(parse_article(text), text, "12,4 persen").group == "perdesaan"


def test_a_baseline_keeps_its_date_to_itself() -> None:
    text = ("Kemiskinan Jateng Turun\nKemiskinan Jawa Tengah pada Maret 2024 kembali turun.\n"
            "Jumlah penduduk miskin mencapai 3.704.330 orang, turun dari 3.791.500 orang pada Maret 2023.")
    art = parse_article(text)
    assert _record(art, text, "3.791.500 orang").time.start == "2023-03"  # type: ignore[union-attr]
    level = _record(art, text, "3.704.330 orang").time
    assert level is not None and level.start == "2024-03"  # the period in force (R 45)


INFER_YEAR = [
    ("Data 2021 dan 2022. Per Selasa (17/5) penerima mencapai 400 KPM.", "2022"),
    ("Data 2021 dan 2022. Pada Senin (17/5) penerima mencapai 400 KPM.", "2021"),
    ("Pada Rabu (17/5) penerima mencapai 400 KPM.", None),  # no year named
    # the weekday fits no year named: session 29 (real-extra30 i232, real-extra31 i255), the
    # year after the latest one named, where the weekday fits it (pages report last year's
    # data, or cite last year's regulation: "Perpres 125 tahun 2022 ... Selasa (18/7)")
    ("Data 2022. Pada Rabu (17/5) penerima mencapai 400 KPM.", "2023"),
    ("Data 2020 dan 2022. Pada Rabu (17/5) penerima mencapai 400 KPM.", "2023"),
    ("Diatur dalam Perpres 125 tahun 2022. Kata Kepala Bapanas, Selasa (18/7).", "2023"),
    # ... else the page's only year is still the best guess (17/5/2022 is a Tuesday, and
    # 17/5/2023 a Wednesday)
    ("Data 2022. Pada Kamis (17/5) penerima mencapai 400 KPM.", "2022"),
    # ... and never a year still to come: a target "2030" makes no page of 2031
    ("Target 2030. Kata dia, Selasa (26/8).", "2030"),
    # session 42 (real-extra120 i1145, real-extra6 s125): ... but the year before the
    # earliest named, where the weekday fits it: the named year is a target ahead of the
    # reporter ("Target kita, pada 2020 seluruh warga miskin tercover" on "Senin (9/9)":
    # 9/9/2019 is a Monday, 9/9/2020 and 9/9/2021 are not)
    ("Target kita, pada 2020 seluruh warga tercover. Kata dia, Senin (9/9).", "2019"),
    ("Anggaran KIP Kuliah tahun 2025 naik, kata dia, Rabu (5/6).", "2024"),
    ("Data 2021. Penerima mencapai 400 KPM.", "2021"),  # the page's only year
    ("Data 2021 dan 2022. Penerima mencapai 400 KPM.", None),  # two years, nothing to choose
    # the reporter's own dates: the latest one, exact to the day
    ("Data 2019 dan 2020. Kata dia di Bantul, Kamis (1/8/2024).", "2024-08-01"),
    ("Data 2019 dan 2020. Hal itu disampaikan Jumat, 26 Maret 2025 di kantornya. "
     "Sebelumnya, Senin, 1 Maret 2021, ia berkata lain.", "2025-03-26"),
    ("Target 2030. Sasaran (31/2/24) tidak ada.", "2030"),  # no such day: the only year
    # session 20: the month named, a part of the day between ("Jumat pagi (11 Desember)")
    ("Data 2016 dan 2020. Pada Jumat pagi (11 Desember) rapat digelar.", "2020"),
    ("Data 2012 dan 2015. Hari Minggu (7 Oktober), dana diserahkan.", "2012"),
    # a full date with its year is the reporter's own, not a yearless weekday date
    ("Data 2021 dan 2022. Dilansir Rabu, 25 Januari 2023.", "2023-01-25"),
    # session 26 (real-extra17): a regulation's year is part of its identifier, no year of
    # the page
    ("Dana Desa tahun 2023 sesuai Peraturan Menteri Desa Nomor 8 tahun 2022.", "2023"),
    # session 36 (real-extra77 i710): a page with no stamp that calls a year this one ("Pada
    # tahun 2019 ini") among other years; "tahun ini" then means it
    ("Data 2016 dan 2017. Pada tahun 2019 ini, pemkab menargetkan 2.443 rumah.", "2019"),
    ("Data 2021 dan 2022. Kemiskinan di 2023 ini masih 12,8 persen.", "2023"),
    ("Pada 2020 ini ada 11.500 KPM, dan tahun 2021 ini naik.", "2021"),  # the latest
    ("Data 2021 dan 2022. Ini 2023, tahun kemiskinan turun.", None),  # no "2023 ini"
    ("Data 2021 dan 2022. Jadi 2023 ini naik.", None),  # "Jadi" is no "di" before the year
]


@pytest.mark.parametrize(("text", "year"), INFER_YEAR)
def test_infer_year(text: str, year: str | None) -> None:
    assert infer_year(text) == year


# An undated page: yearless and relative dates take the year its own dates point to
# (R 29: the time comes from the body); with only the year known, a weekday or
# "bulan ini" stays unresolved.
YEAR_ONLY = [
    ("pada Juli yang disalurkan 5.100 ton", "Juli", "2024-07"),
    ("kuotanya tahun ini berjumlah 18.594.627 pelajar", "tahun ini", "2024"),
    ("kalau tahun lalu 39 desa", "tahun lalu", "2023"),
    ("di Jakarta, Rabu, mengatakan", "Rabu", None),
    ("penyaluran bulan ini mencapai 40 persen", "bulan ini", None),
]


@pytest.mark.parametrize(("text", "span", "start"), YEAR_ONLY)
def test_year_only_reference(text: str, span: str, start: str | None) -> None:
    found = {m.text: m.norm.start for m in find_dates(text, 0, len(text), published="2024")}
    assert found[span] == start


# (text, span, unit): rates and currencies of converted pairs; amounts without currency.
UNITS = [
    # session 39: a bare zero a rate's subject governs is zero percent (the goal)
    ("Bupati menginginkan kemiskinan ekstrem di daerah ini harus nol pada 2024.", "nol", "%"),
    ("Angka kemiskinan ekstrem ditargetkan bisa 0 pada akhir tahun ini.", "0", "%"),
    ("Penghasilan 2.200.000 VND per bulan, atau sekitar Rp1,4 juta, masuk kategori miskin.",
     "Rp1,4 juta", "IDR/month"),
    ("Pendapatan 2.800.000 dong Vietnam (VND) atau setara Rp1,8 juta per bulan.",
     "2.800.000 dong Vietnam", "VND/month"),
    ("BLT yang akan disalurkan hingga Desember senilai 15,8 triliun.", "15,8 triliun", "IDR"),
    ("Totalnya Rp 146 miliar, naik dari tahun lalu yang hanya 138 miliar.", "138 miliar", "IDR"),
]


def test_people_in_miliar_stay_people() -> None:
    text = "Penduduk dunia mencapai 8 miliar orang."
    assert _record(parse_article(text), text, "8 miliar orang").unit == "person"


def test_the_value_a_change_started_from_is_a_level() -> None:
    text = ("Jumlah penduduk miskin 11,86 juta orang, mengalami penurunan dari yang sebelumnya "
            "12,18 juta orang pada Maret 2021.")
    assert _record(parse_article(text), text, "12,18 juta orang").kind == "level"


def test_a_plan_does_not_reach_past_a_semicolon_into_what_happened() -> None:
    text = ("Tahun ini komune akan menghapus 59 rumah sementara; hingga saat ini, 26 rumah "
            "telah selesai dibangun.")
    art = parse_article(text)
    assert _record(art, text, "59 rumah").status == "target"
    assert _record(art, text, "26 rumah").status == "actual"


def test_repeated_headlines_are_counted_once() -> None:
    text = ("Pemkab Targetkan Kemiskinan Turun ke 11 Persen - Kabar Kita | Berita\n26/02/25\n"
            "Pemkab Targetkan Kemiskinan Turun ke 11 Persen\n"
            "Pemkab Targetkan Kemiskinan Turun ke 11 Persen\n"
            "Pemerintah kabupaten menargetkan angka kemiskinan turun ke 11 persen tahun ini.\n")
    art = parse_article(text)
    assert art.title == "Pemkab Targetkan Kemiskinan Turun ke 11 Persen"
    assert art.published == "2025-02-26"  # a two-digit year on a date line
    assert len([r for r in art.records if r.value == 11.0]) == 2  # title and body, once each


def test_photo_line_with_a_trailing_credit_is_a_caption() -> None:
    text = ("Kota Menganggarkan Rp70 Miliar untuk Kemiskinan\n"
            "Pemerintah kota menganggarkan Rp70 miliar untuk kemiskinan.-Budi Santoso-\n"
            "Pemerintah kota menganggarkan Rp70 miliar dari APBD 2023 untuk kemiskinan ekstrem.")
    kinds = [p.kind for p in parse_article(text).paragraphs]
    assert kinds == ["title", "caption", "body"]


# (text, span, indicator): money per recipient is support, not a budget; goods are not people.
PER_RECIPIENT = [
    ("Rencananya, tiap desa akan mendapat Rp 943 juta dari dana desa.", "Rp 943 juta", "other"),
    ("Total anggaran RTLH Rp18 miliar dengan anggaran per unit Rp15 juta.", "Rp15 juta", "other"),
    ("Total anggaran RTLH Rp18 miliar dengan anggaran per unit Rp15 juta.", "Rp18 miliar",
     "budget_allocated"),
    ("Setiap KPM menerima bantuan beras 10 kilogram.", "10 kilogram", "other"),
    # session 20: a fund's name between the verb and the amount; "satu unit ... dengan
    # anggaran"
    ("Setiap unit rumah memperoleh Anggaran Pendapatan dan Belanja Negara (APBN) Rp 17,5 juta.",
     "Rp 17,5 juta", "other"),
    ("Pemkab menyiapkan Rp2,4 miliar. Satu unit rumah dengan anggaran Rp12 juta.", "Rp12 juta",
     "other"),
    ("Pemkab menyiapkan Rp2,4 miliar. Satu unit rumah dengan anggaran Rp12 juta.", "Rp2,4 miliar",
     "budget_allocated"),
]


# Every (text, span, expected) table above, with the record field it pins.
# (text, span, kind), session 19: after a comparative, the figure compared with is a level;
# the difference itself stays a change
KINDS = [
    # session 25 (real-extra17): in a from-to list a bare change verb stands for "menjadi"
    ("Stunting turun dari 2022 ke 2023. Pontianak dari 19,7 persen turun 16,7 persen, Sanggau "
     "dari 32,5 persen turun 22,1 persen.", "16,7 persen", "level"),
    ("Stunting turun dari 2022 ke 2023. Pontianak dari 19,7 persen turun 16,7 persen, Sanggau "
     "dari 32,5 persen turun 22,1 persen.", "19,7 persen", "level"),
    # session 25 (real-extra17): a change verb right before "di" and the figure names the new
    # level ("justru naik di 32,7 persen"), as "ke" and "menjadi" do
    ("Kabupaten Bengkayang di 2022 di angka 30,1 persen di 2023 justru naik di 32,7 persen.",
     "32,7 persen", "level"),
    ("Angka stunting kabupaten itu naik 2,6 persen pada 2023.", "2,6 persen", "change"),
    # session 24: a change noun with its amount after "adalah", "sebanyak", "akan mencapai"
    ("Penurunan persentase penduduk miskin ekstrem di Tuban adalah 1,3 persen.", "1,3 persen",
     "change"),
    ("Terdapat penurunan jumlah penduduk miskin di perkotaan sebanyak 0,31 juta orang.",
     "0,31 juta orang", "change"),
    ("Rata-rata tingkat pengurangan kemiskinan di daerah etnis minoritas mencapai 2,9%.", "2,9%",
     "change"),
    # ... but not a programme of upgrading counted in words before the amount
    ("Anggaran program peningkatan ratusan rumah tidak layak huni itu mencapai Rp 7,1 miliar.",
     "Rp 7,1 miliar", "level"),
    ("Angka di kota 12,46 persen, lebih tinggi daripada di desa yang 10,37 persen.",
     "10,37 persen", "level"),
    ("Angkanya 5,1 persen, lebih tinggi dari persentase Provinsi 4,4 persen.", "4,4 persen",
     "level"),
    ("Angka di kota lebih tinggi 2,09 persen dari angka di desa.", "2,09 persen", "change"),
]
SLOT_CASES = [
    *[(t, s, "unit", v) for t, s, v in SHARED_NOUN + UNITS],
    *[(t, s, "indicator", v) for t, s, v in INDICATORS + PER_RECIPIENT],
    *[(t, s, "kind", v) for t, s, v in KINDS],
]


@pytest.mark.parametrize(("text", "span", "field", "expected"), SLOT_CASES)
def test_record_slot(text: str, span: str, field: str, expected: str) -> None:
    assert getattr(_record(parse_article(text), text, span), field) == expected


def test_a_years_one_snapshot_is_the_article_period() -> None:
    # "tahun 2020" and "per 27 Juli 2020": the year's figures are those of the snapshot, and
    # an undated paragraph takes it (R 22, R 25).
    text = ("Penggunaan Dana Desa tahun 2020 untuk BLT mencapai Rp98 miliar dari total Rp207 miliar "
            "per 27 Juli 2020.\n\n"
            "Realisasi terbesar ada di Kabupaten Paser sebesar Rp16 miliar bagi 10.334 KK.")
    art = parse_article(text)
    time = _record(art, text, "Rp16 miliar").time
    assert time is not None and time.start == "2020-07-27"


def test_a_month_something_begins_in_is_no_snapshot_of_the_year() -> None:
    # session 30 (real-extra40 i344): "tahun 2016" and "mulai Juni 2016" twice: the story
    # is of 2016, and its undated figures too
    text = ("Mensos tambah kuota PKH di Gorontalo\n"
            "Sudah ada 27 ribu peserta PKH di Gorontalo. Itu bisa ditambah 13 ribu orang lagi "
            "yang akan menerima dana mulai Juni 2016.\n\n"
            "Total bantuan PKH untuk Provinsi Gorontalo tahun 2016 sebesar Rp50,9 miliar.\n\n"
            "Dana itu terbagi untuk Kabupaten Boalemo Rp6,2 miliar dan Kota Gorontalo Rp4,2 "
            "miliar.\n\n\"Dana tahap 1 akan mulai dicairkan pada bulan Juni 2016,\" katanya.")
    art = parse_article(text)
    time = _record(art, text, "Rp6,2 miliar").time
    assert time is not None and (time.start, time.end) == ("2016", "2016")


def test_a_change_noun_further_back_makes_the_amount_a_change() -> None:
    text = ("Dibandingkan Maret 2020, terdapat kenaikan persentase penduduk miskin di daerah "
            "perkotaan sebesar 0,12 persen poin.")
    assert _record(parse_article(text), text, "0,12 persen poin").kind == "change"
    level = "Persentase penduduk miskin di daerah perkotaan sebesar 4,12 persen."
    assert _record(parse_article(level), level, "4,12 persen").kind == "level"


def test_a_decree_number_after_a_level_word_is_no_place() -> None:
    text = ("Status desa mengacu pada Keputusan Dirjen Pemberdayaan Masyarakat Desa Nomor 30 "
            "Tahun 2016. Ada 74.957 desa.")
    places = [m.text for m in parse_article(text).mentions if m.type == "PLACE"]
    assert places == []


def test_where_a_release_was_received_is_no_topic() -> None:
    # "di Ambon, Senin (17/1/2022)": where it was said, not what the next paragraphs are about
    text = ("Persentase penduduk miskin di Provinsi Maluku pada September 2021 sebesar 16,30 persen.\n"
            "Hal itu disampaikan dalam keterangan tertulis yang diterima redaksi, di Ambon, "
            "Senin (17/1/2022).\n"
            "Persentase penduduk miskin perkotaan sebesar 6,13 persen.")
    place = _record(parse_article(text), text, "6,13 persen").place
    assert place is not None and place.name == "Maluku"


# After a comparison date the amount word alone gives that date's level; after "sejak" not.
COMPARISON_LEVELS = [
    ("Persentase penduduk miskin September 2018 tercatat sebesar 15,83%, turun jika "
     "dibandingkan posisi Maret 2018 mencapai 16,81%.", "16,81%", "2018-03"),
    ("Jumlah penduduk miskin Maret 2021 mencapai 306.000 orang dibandingkan dengan kondisi "
     "Maret 2020 sebanyak 302.579 orang.", "302.579 orang", "2020-03"),
    ("Provinsi itu digabung sejak 1 Juli 2025, sebanyak 8.926 rumah telah selesai.",
     "8.926 rumah", None),
    ("Persentase September 2022 sebesar 16,23 persen, naik 0,26 persen poin dibandingkan Maret "
     "2022 (15,97 persen).", "15,97 persen", "2022-03"),
    ("Jumlahnya menjadi 296,66 ribu orang dibandingkan dengan Maret 2022 yang berada pada angka "
     "290,57 ribu orang.", "290,57 ribu orang", "2022-03"),
    # Session 20: two words after "yang", and "dengan jumlah ... mencapai".
    ("Angkanya 7,21 persen, turun 0,31 persen poin dibandingkan\nkondisi September 2021 yang "
     "tercatat\nsebesar 7,52 persen.", "7,52 persen", "2021-09"),
    ("Jumlahnya 12,4 ribu orang, bertambah 0,3 ribu orang jika dibandingkan dengan Maret 2021 "
     "yang sejumlah 12,1 ribu orang.", "12,1 ribu orang", "2021-03"),
    ("Penduduk miskin tahun 2020 ada 41.200 jiwa atau turun 2.100 jiwa dibandingkan dengan 2019 "
     "dengan jumlah penduduk miskin mencapai 43.300 jiwa.", "43.300 jiwa", "2019"),
    ("Prevalensinya 19,8% pada 2024, hanya turun tipis dari 2023 yang angkanya 20,1%.", "20,1%",
     "2023"),
]


@pytest.mark.parametrize(("text", "span", "start"), COMPARISON_LEVELS)
def test_a_comparison_date_then_an_amount_is_that_dates_level(text: str, span: str,
                                                               start: str | None) -> None:
    record = _record(parse_article(text), text, span)
    assert (record.time.start if record.time else None) == start
    if start is not None:
        assert record.kind == "level"


def test_a_bracketed_earlier_value_keeps_its_date_to_itself() -> None:
    # "menjadi 4,53 persen (4,26 persen pada Maret 2019)": the new value is at the period in
    # force, the bracketed one at its own date, and the change runs between them.
    text = ("Persentase penduduk miskin Papua pada September 2019 sebesar 26,55 persen.\n"
            "Di perkotaan naik sebanyak 0,27 persen poin menjadi 4,53 persen (4,26 persen pada "
            "Maret 2019).\n"
            "Di perdesaan turun sebanyak 1,48 persen poin menjadi 35,36 persen (36,84 persen "
            "pada Maret 2019).")
    art = parse_article(text)

    assert _time(art, text, "4,53 persen") == ("2019-09", "2019-09")
    assert _time(art, text, "4,26 persen") == ("2019-03", "2019-03")
    assert _time(art, text, "0,27 persen poin") == ("2019-03", "2019-09")
    assert _time(art, text, "35,36 persen") == ("2019-09", "2019-09")


def test_a_line_that_goes_on_continues_the_statistic_of_the_line_before() -> None:
    text = ("Persentase penduduk miskin di perkotaan turun 0,27 persen poin.\n"
            "Sedangkan, untuk perdesaan turun sebanyak 1,48 persen poin.\n"
            "Harga beras naik 2 persen poin.")
    art = parse_article(text)
    assert _record(art, text, "1,48 persen poin").indicator == "poverty_rate"
    assert _record(art, text, "2 persen poin").indicator == "other"  # no connective: no carry


def test_a_sentence_with_only_a_comparison_date_speaks_of_the_period_in_force() -> None:
    # "menjadi 12,72% dari yang bulan Maret 2023 sebesar 13,29%": the new value is at the
    # release period; the compared one at its date; the change spans both.
    text = ("Persentase penduduk miskin pada Maret 2024 sebesar 9,03 persen.\n"
            "Di Bali dan Nusa Tenggara persentase penduduk miskin turun sebesar 0,57 poin "
            "persentase menjadi 12,72% dari yang bulan Maret 2023 sebesar 13,29%.")
    art = parse_article(text)

    assert _time(art, text, "12,72%") == ("2024-03", "2024-03")
    assert _time(art, text, "13,29%") == ("2023-03", "2023-03")
    assert _time(art, text, "0,57 poin persentase") == ("2023-03", "2024-03")


def test_one_level_in_two_units_shares_its_date() -> None:
    text = ("Jumlah itu turun jika dibandingkan posisi Maret 2018 sebanyak 198.510 jiwa atau "
            "16,81%.")
    art = parse_article(text)
    for s in ("198.510 jiwa", "16,81%"):
        t = _record(art, text, s).time
        assert t is not None and t.start == "2018-03"


def test_a_scaled_count_is_no_average_despite_float_error() -> None:
    # 2,07 juta is 2069999.9999999998 in binary floating point; "4,78 orang" is an average
    text = "BPS mencatat terdapat 2,07 juta orang miskin. Rata-rata 4,78 orang per rumah tangga."
    art = parse_article(text)
    assert _record(art, text, "2,07 juta orang").why["indicator"] != "rule:average-count"
    assert _record(art, text, "4,78 orang").why["indicator"] == "rule:average-count"


def test_a_one_line_period_holds_across_a_few_undated_one_liners() -> None:
    # R 45 on pages that give every sentence a line: the period holds past two undated
    # one-line paragraphs, not past three (records.json one_sentence_gap).
    head = ("Pada 2019 jumlahnya 500 rumah.\n"
            "Pada 2022 sebanyak 300 rumah tidak layak huni diperbaiki di Kabupaten Agam.\n"
            "Rumah itu tersebar di kecamatan pesisir.\n"
            "Sebagian besar berdinding papan.\n")
    tail = "Sebanyak 120 unit dibiayai APBD.\n"
    near, far = head + tail, head + "Warga ikut bergotong royong.\n" + tail
    assert _time(parse_article(near), near, "120 unit") == ("2022", "2022")
    assert _time(parse_article(far), far, "120 unit") == (None, None)


# (text, span, (start, end)): a date written after a figure, after its twin in another unit
# ("X atau Y pada D", "X (Y) pada D") or after its rate, is that figure's own.
DATE_AFTER_FIGURE = [
    ("Jumlahnya turun, yaitu dari 31,11 persen atau berjumlah 920,5 ribu jiwa pada Maret 2012 "
     "menjadi 26,80 persen atau 912,2 ribu jiwa pada September 2020.", "26,80 persen",
     ("2020-09", "2020-09")),
    ("Jumlahnya turun, yaitu dari 31,11 persen atau berjumlah 920,5 ribu jiwa pada Maret 2012 "
     "menjadi 26,80 persen atau 912,2 ribu jiwa pada September 2020.", "920,5 ribu jiwa",
     ("2012-03", "2012-03")),
    ("Angka kemiskinan ekstrem turun dari 2,14% atau 5,8 juta jiwa di Maret 2021 menjadi 2,04% "
     "atau 5,59 juta jiwa di Maret 2022.", "2,04%", ("2022-03", "2022-03")),
    ("Jumlahnya turun dari 24,79 juta orang (9,22 persen) pada September 2019 menjadi 21,55 juta "
     "orang (10,19%) pada September 2020.", "24,79 juta orang", ("2019-09", "2019-09")),
    ("Jumlahnya turun dari 24,79 juta orang (9,22 persen) pada September 2019 menjadi 21,55 juta "
     "orang (10,19%) pada September 2020.", "21,55 juta orang", ("2020-09", "2020-09")),
    ("Garis kemiskinan naik 3,5 persen yaitu dari Rp 527.031 per kapita per bulan pada Maret 2020 "
     "menjadi Rp 548.934 per kapita per bulan pada Maret 2021.", "3,5 persen",
     ("2020-03", "2021-03")),
    # "13,37 persen tahun 2019": a year written right after the figure, with no "pada"
    ("Persentase penduduk miskin turun sampai 0,39 persen dari 13,76 persen tahun 2018 menjadi "
     "13,37 persen tahun 2019.", "13,37 persen", ("2019", "2019")),
    ("Persentase penduduk miskin turun sampai 0,39 persen dari 13,76 persen tahun 2018 menjadi "
     "13,37 persen tahun 2019.", "13,76 persen", ("2018", "2018")),
    # Session 20: a bracketed date right after the figure is its own
    ("Di kalangan petani, angkanya menurun dari 31,40% (pada tahun 2020) menjadi 22,15% (pada "
     "tahun 2023).", "22,15%", ("2023", "2023")),
    ("Di kalangan petani, angkanya menurun dari 31,40% (pada tahun 2020) menjadi 22,15% (pada "
     "tahun 2023).", "31,40%", ("2020", "2020")),
    # a date inside the bracket is the aside's alone
    ("Pada Maret 2024 persentase itu menjadi 4,53 persen (4,26 persen pada Maret 2019).",
     "4,53 persen", ("2024-03", "2024-03")),
    # "X, di D Y" lists another year's figure; the comma keeps D from X
    ("Keluarga berisiko stunting turun, 2022 itu 13,5 juta keluarga, di 2023 itu 11,9 juta "
     "keluarga.", "13,5 juta keluarga", ("2022", "2022")),
]


# (text, span, (start, end)): a from-to pair inside a stated period takes the period's ends
# (issue 11, class 4), in its sentence and in a parallel one after it; the change keeps the span.
PERIOD = ("Menurut laporan, pada tahun 2021-2024, tingkat kemiskinan provinsi menurun dari 7,80% "
          "menjadi 4,16%. Di daerah pegunungan, tingkat kemiskinan menurun dari 17,21% menjadi "
          "10,35%.")
FROM_TO_IN_A_PERIOD = [
    ("Selama 2016-2023, desa berkembang bertambah 1.020 desa yakni dari 2.300 desa menjadi "
     "3.320 desa.", "2.300 desa", ("2016", "2016")),
    ("Selama 2016-2023, desa berkembang bertambah 1.020 desa yakni dari 2.300 desa menjadi "
     "3.320 desa.", "3.320 desa", ("2023", "2023")),
    ("Selama 2016-2023, desa berkembang bertambah 1.020 desa yakni dari 2.300 desa menjadi "
     "3.320 desa.", "1.020 desa", ("2016", "2023")),
    (PERIOD, "7,80%", ("2021", "2021")),
    (PERIOD, "4,16%", ("2024", "2024")),
    (PERIOD, "17,21%", ("2021", "2021")),
    (PERIOD, "10,35%", ("2024", "2024")),
    # a level in a period with no from-to keeps the period
    ("Pada 2021-2024 sebanyak 1.200 rumah dibangun di provinsi itu.", "1.200 rumah",
     ("2021", "2024")),
]


def test_ranking_lines_go_on_with_the_rankings_statistic() -> None:
    # Each rank on a paragraph of its own, with no cue: the statistic of the ranking
    # (issue 11: real ranking releases), skipping lines that counted something else.
    text = ("Persentase penduduk miskin tertinggi kedua adalah Kabupaten Kutai Timur, yakni "
            "9,55 persen atau 36.980 jiwa penduduk miskin.\n"
            "Ketiga adalah Kabupaten Kutai Barat yang sebesar 9,29 persen atau 26.340 jiwa.\n"
            "Kedelapan adalah Kota Samarinda yang sebesar 4,76 persen atau 41.920 jiwa.")
    art = parse_article(text)
    assert _record(art, text, "4,76 persen").indicator == "poverty_rate"
    assert _record(art, text, "41.920 jiwa").indicator == "poor_people"


@pytest.mark.parametrize(("text", "span", "value"), [
    # R 42: a comma typed for a thousands dot before a currency without cents or a count
    ("Garis kemiskinan sebesar Rp334,631 per kapita per bulan.", "Rp334,631", 334631.0),
    ("Kabupaten Kutai Barat 9,29 persen atau 56,340 jiwa.", "56,340 jiwa", 56340.0),
    # ... below ten too, unless the text says it is an average (session 39: real-extra57,
    # -82, -95)
    ("Bantuan disalurkan kepada 1,177 KK di Kecamatan Mijen.", "1,177 KK", 1177.0),
    ("Tahun ini dibangun 3,139 unit rumah.", "3,139 unit rumah", 3139.0),
    # an average below ten, an index and a scale word keep the decimal comma
    ("Rata-rata 4,780 orang per rumah tangga.", "4,780 orang", 4.78),
    ("Indeks kedalaman kemiskinan 1,308 poin.", "1,308 poin", 1.308),
    ("Dana desa mencapai Rp47,255 triliun.", "Rp47,255 triliun", 47255e9),
])
def test_comma_for_thousands(text: str, span: str, value: float) -> None:
    m = next(m for m in parse_article(text).mentions if m.text == span)
    assert m.norm.value == pytest.approx(value)


def test_percentage_points_are_a_change() -> None:
    # every pp record in gold is a change: points measure a difference of two rates
    text = ("Penurunan terbesar terjadi di Bali dan Nusa Tenggara, yaitu sebesar 0,22 persen "
            "poin dibandingkan September 2024.")
    rec = _record(parse_article(text), text, "0,22 persen poin")
    assert rec.kind == "change"
    assert rec.time is not None and rec.time.start == "2024-09"


RELEASE = ("Garis kemiskinan Maret 2019 sebesar Rp425.250 per kapita per bulan. Posisi itu "
           "mengalami peningkatan 3,55% dari garis kemiskinan September 2018 yang sebesar "
           "Rp410.670, juga naik sebesar 5,99% dibanding Maret 2018.")
NTT = ("Persentase penduduk miskin di Provinsi NTT Tahun 2023 per Maret sejumlah 19,96 %, "
       "turun 0,27 persen terhadap kondisi September 2022.")
# (text, span, (start, end)): release conventions met on real pages (session 18).
RELEASE_TIMES = [
    # the release goes on in the next sentence with the same comparison; a sentence with a
    # baseline value of its own keeps its start open
    ("Persentase penduduk miskin Maret 2024 turun 0,33 poin persentase dibandingkan Maret "
     "2023. Jumlah penduduk miskin turun 0,68 juta orang.", "0,68 juta orang",
     ("2023-03", "2024-03")),
    ("Garis kemiskinan naik 3,5 persen dari Rp 527.031 pada Maret 2020 menjadi Rp 548.934 "
     "pada Maret 2021.\n\n\"Garis kemiskinan naik sebesar 4,16 persen, yaitu dari Rp 530.382 "
     "menjadi Rp 548.934,\" kata Rizal.", "4,16 persen", (None, "2021-03")),
    # "kali lipat pada 2023" is the multiple's own date; "dari hanya 840 desa" a from-to
    ("Desa mandiri naik signifikan: dari hanya 840 desa pada 2019, melonjak tiga belas kali "
     "lipat pada 2023 menjadi 11.456 desa.", "tiga belas kali", ("2019", "2023")),
    # "Tahun 2023 per Maret" on a page with no date stamp: March 2023, not unresolved
    (NTT, "19,96 %", ("2023-03", "2023-03")),
    (NTT, "0,27 persen", ("2022-09", "2023-03")),
    # "peningkatan 3,55% dari garis kemiskinan September 2018": September 2018 is the
    # baseline of the change, not the period the sentence speaks of
    (RELEASE, "3,55%", ("2018-09", "2019-03")),
    (RELEASE, "5,99%", ("2018-03", "2019-03")),
    (RELEASE, "Rp410.670", ("2018-09", "2018-09")),
    # s113-like: the page states no data year; the province's founding year is no period
    ("Lima Wilayah Termiskin di Papua Tengah\n"
     "Papua Tengah adalah provinsi baru yang resmi berdiri pada 2022. Provinsi ini "
     "memiliki delapan kabupaten.\n"
     "Kabupaten Intan Jaya mencatat persentase penduduk miskin 41,42 persen.", "41,42 persen",
     (None, None)),
]


def test_an_area_breakdown_line_goes_on_with_the_releases_statistic() -> None:
    # "Untuk daerah perdesaan turun sebanyak ..." in a paragraph of its own
    text = ("Jumlah penduduk miskin di perkotaan turun 136,3 ribu orang dari 10,27 juta orang "
            "pada Maret 2018 menjadi 10,13 juta orang pada September 2018.\n\n"
            "\"Untuk daerah perdesaan turun sebanyak 262,1 ribu orang dari 15,81 juta orang pada "
            "Maret 2018 menjadi 15,54 juta orang pada September 2018,\" paparnya.")
    art = parse_article(text)
    assert _record(art, text, "15,54 juta orang").indicator == "poor_people"
    assert _record(art, text, "262,1 ribu orang").indicator == "poor_people"


# Session 19: the period in force reaches across paragraph breaks along a release's own
# structure. (text, span, (start, end)).
RANKING = ("Pada 2019 persentasenya 6,09 persen, dan jumlahnya pada 2019 mencapai 220 ribu orang.\n"
           "Persentase tertinggi pada tahun 2021 ada di Kabupaten Alor sebesar 20,14 persen. Itu "
           "setara 28 ribu orang.\nPosisi kedua ditempati Kabupaten Lembata yang tercatat 18,77 "
           "persen. Jumlahnya 25 ribu orang.\nKetiga adalah Kabupaten Sabu Raijua sebesar 17,40 "
           "persen.")
REVERSED = ("Pada Maret 2024, penduduk miskin di perkotaan tercatat 7,12 persen, naik dibandingkan "
            "September 2023 yang sebesar 7,01 persen.\nSementara di perdesaan menurun menjadi "
            "12,40 persen dari sebelumnya 12,77 persen.")
PARALLEL_LINE = ("Jumlah penduduk miskin naik dari 98.120 orang pada Maret 2020 menjadi 99.870 orang "
                 "pada Maret 2021.\nBegitu juga jumlah penduduk miskin perempuan naik dari 50.100 "
                 "orang menjadi 51.320 orang.")
PERIOD_ACROSS_LINES = [
    # ranking lines go on with the ranking's period
    (RANKING, "18,77 persen", ("2021", "2021")),
    (RANKING, "17,40 persen", ("2021", "2021")),
    # "menjadi X dari sebelumnya Y" after "pada D1 ... dibandingkan D0": X at D1, Y at D0
    (REVERSED, "12,40 persen", ("2024-03", "2024-03")),
    (REVERSED, "12,77 persen", ("2023-09", "2023-09")),
    # a from-to line parallel to the dated from-to line before it takes its dates
    (PARALLEL_LINE, "50.100 orang", ("2020-03", "2020-03")),
    (PARALLEL_LINE, "51.320 orang", ("2021-03", "2021-03")),
]


# A weekday date after a cut-off word is the date a figure holds at, not when it was said
# (session 19); a weekday date after a quote stays a speech date. (text, span, (start, end))
AS_OF = [
    ("Sampai dengan Rabu (10/7/2024) di Kabupaten Pati masih ada 5.120 rumah tidak layak huni.",
     "5.120 rumah", ("2024-07-10", "2024-07-10")),
    ("Per Selasa (17/5/2022) penyaluran BLT desa mencapai Rp 2,1 triliun.", "Rp 2,1 triliun",
     ("2022-05-17", "2022-05-17")),
    ("Pada 2023 tercatat 5.120 rumah tidak layak huni, kata Bupati, Rabu (10/7/2024).",
     "5.120 rumah", ("2023", "2023")),
    # "sampai akhir <period>" is the period's end; "sampai <period>" the period so far
    ("Sampai akhir triwulan II/2024, seluruh negeri telah menggerakkan dana sebesar 120 triliun "
     "VND.", "120 triliun VND", ("2024-06", "2024-06")),
    ("Dana CSR sampai semester dua 2022 ini sudah terealisasi sebesar Rp5,7 miliar.",
     "Rp5,7 miliar", ("2022-07", "2022-12")),
]


def test_a_change_compared_with_dikomparasi_spans_from_that_date() -> None:
    """Session 19: "dikomparasi dengan" is a comparison word, and no span runs backwards."""
    text = ("Jumlah penduduk miskin pada September 2022 sebesar 744,69 ribu orang. Jumlah itu "
            "bertambah 12,8 ribu orang dibandingkan Maret 2022 dan bertambah 9,39 ribu orang "
            "dikomparasi dengan September 2021.")
    art = parse_article(text)
    assert _time(art, text, "12,8 ribu orang") == ("2022-03", "2022-09")
    assert _time(art, text, "9,39 ribu orang") == ("2021-09", "2022-09")
    assert all(r.time.start <= r.time.end for r in art.records
               if r.time and r.time.start and r.time.end)


def test_a_premium_set_by_regulation_holds_with_no_period() -> None:
    """Session 19: premiums and amounts set by a regulation are terms (B 47), not figures of
    the article's period; members of the premium-aid scheme ("penerima bantuan iuran") are."""
    text = ("Pada 2024 pemerintah mencatat 96,6 juta peserta penerima bantuan iuran. Sesuai "
            "Perpres Nomor 64 Tahun 2020, iuran peserta kelas 3 adalah Rp 42.000 per bulan.")
    art = parse_article(text)
    assert _time(art, text, "Rp 42.000") == (None, None)
    assert _time(art, text, "96,6 juta peserta") == ("2024", "2024")


# R 22, session 19: in an article retelling a statistics office's release, the semester it
# reports (not a baseline's date) holds for the release's undated figures further on; a
# regency table in a province's release, a definition and a yearly rate stay undated.
RELEASE_PAGE = ("BPS mencatat persentase penduduk miskin pada Maret 2024 sebesar 9,03 persen. Angka "
                "itu turun dari 9,36 persen pada Maret 2023.\nSecara absolut, penduduk miskin di "
                "perkotaan berjumlah 11,64 juta orang. Di perdesaan jumlahnya 13,58 juta orang.\n"
                "Seseorang dikategorikan miskin ekstrem bila pengeluarannya di bawah US$1,9 per "
                "kapita per hari.")
PROVINCE_RELEASE = ("BPS Provinsi Sulawesi Selatan mencatat persentase penduduk miskin pada Maret "
                    "2022 sebesar 8,66 persen. Angka itu turun dari 8,78 persen pada September "
                    "2021.\nDaerah termiskin adalah Pangkep dengan persentase miskin 13,92 persen. "
                    "Jeneponto mencatat 13,73 persen.")
RELEASE_PERIOD = [
    (RELEASE_PAGE, "11,64 juta orang", ("2024-03", "2024-03")),
    (RELEASE_PAGE, "13,58 juta orang", ("2024-03", "2024-03")),
    (RELEASE_PAGE, "US$1,9", (None, None)),
    (PROVINCE_RELEASE, "13,92 persen", (None, None)),
]


# Session 19: a change compared with "tahun sebelumnya" starts a year before its end;
# "terbanding dengan" (a translator's word) compares like "dibandingkan dengan".
COMPARED_BEFORE = [
    ("Persentase penduduk miskin Kota Blitar pada 2017 sebesar 7,49 persen, meningkat sebesar "
     "0,09 persen jika dibandingkan dengan tahun sebelumnya.", "0,09 persen", ("2016", "2017")),
    ("Pada akhir 2020 penghasilan keluarga miskin naik 1,5 kali lipat terbanding dengan tahun "
     "2015.", "1,5 kali", ("2015", "2020")),
]


# Session 19 (B 47): an amount per person, per month or per round that takes only the whole
# article's period is a standard or a story's income; a statistics office's poverty line
# in its release is a figure of the period (R 22). (text, span, (start, end))
STORY = ("Pada 2024 desa itu membangun 12 rumah bagi keluarga miskin.\nBerkat ketekunannya, Ibu "
         "Quy menganyam keranjang dan menghasilkan sekitar 10 juta VND per bulan.")
LINE = ("BPS mencatat jumlah penduduk miskin pada Maret 2024 sebanyak 25,22 juta orang.\nDengan "
        "rata-rata 4,78 orang per rumah tangga, garis kemiskinan per rumah tangga mencapai "
        "Rp2.786.415 per rumah tangga per bulan.")
PER_UNIT_TIMES = [
    (STORY, "10 juta VND", (None, None)),
    (LINE, "Rp2.786.415", ("2024-03", "2024-03")),
]


# Session 20: a change its own sentence dates to a year happened within that year; not a
# semester's change, not one in a from-to pair whose baseline is undated, not one that runs
# "sampai dengan" a year. (text, span, (start, end))
WITHIN_YEAR = [
    ("Pertumbuhan ekonomi kabupaten pada 2019 sebesar 5,31 persen.", "5,31 persen",
     ("2019", "2019")),
    ("Angka kemiskinan di kota itu susut 1,12 persen pada 2022.", "1,12 persen", ("2022", "2022")),
    ("Angka kemiskinan turun 0,21 persen poin pada Maret 2023.", "0,21 persen poin",
     (None, "2023-03")),
    ("Angkanya turun dari 6,10 persen menjadi 5,02 persen pada akhir 2023, atau berkurang 1,08 "
     "poin persen.", "1,08 poin persen", (None, "2023")),
    ("Sampai dengan tahun 2026, dibutuhkan peningkatan 8,5 persen menuju desa mandiri.",
     "8,5 persen", (None, "2026")),
    # the date a sentence opens comparing with is not the one after it
    ("Dibanding Maret 2021 jumlah penduduk miskin September 2021 di perkotaan turun sebanyak "
     "4,2 ribu orang.", "4,2 ribu orang", ("2021-03", "2021-09")),
]


# Session 20: a plan or target with no date of its own takes the period in force of its
# paragraph; session 24: also the whole article's period when that is one year (GUIDELINES
# R 59), not a month or day that a plan may lie beyond
PLAN = ("Pada tahun 2022 ini, sebanyak 312 rumah di Kabupaten Bangli mendapat bantuan. Total "
        "anggaran yang akan digunakan mencapai Rp 6,2 miliar.")
PLAN_FAR = ("Rehab Rumah\nPada tahun 2022, sebanyak 312 rumah di Kabupaten Bangli mendapat "
            "bantuan.\nWarga ikut bergotong royong dan kerja bakti.\nPemerintah menargetkan "
            "400 rumah lagi.")
# ... and not a programme's span of years (seed lang-son)
PLAN_SPAN = ("Pada periode 2021-2024, provinsi membangun 300 rumah bagi keluarga miskin. Proyek "
             "ini diharapkan dapat meningkatkan pendapatan rata-rata setidaknya 25%.")
PLAN_TIMES = [(PLAN, "Rp 6,2 miliar", ("2022", "2022")), (PLAN_FAR, "400 rumah", ("2022", "2022")),
              (PLAN_FAR.replace("Pada tahun 2022", "Per 10 Maret 2022"), "400 rumah",
               (None, None)),
              (PLAN_SPAN, "25%", (None, None))]


# Session 20: a report's edition date dates the report, not the period its figures measure
EDITION = ("Kemiskinan Menurut Bank Dunia\nDalam laporan Prospek Kemiskinan edisi Oktober 2024, "
           "angka kemiskinan negara itu tercatat 12,5%. Laporan itu mengukur kemiskinan pada "
           "2023.\nSementara itu, persentase penduduk miskin di Laos sebesar 31,2%.")
EDITION_TIMES = [(EDITION, "12,5%", ("2023", "2023")), (EDITION, "31,2%", ("2023", "2023"))]


# The time classes of sessions 18 to 20, one table each above, checked by one test.
RECORD_TIMES = (DATE_AFTER_FIGURE + FROM_TO_IN_A_PERIOD + RELEASE_TIMES + PERIOD_ACROSS_LINES
                + AS_OF + RELEASE_PERIOD + COMPARED_BEFORE + PER_UNIT_TIMES + WITHIN_YEAR
                + EDITION_TIMES + PLAN_TIMES)


@pytest.mark.parametrize(("text", "span", "time"), RECORD_TIMES)
def test_record_time(text: str, span: str, time: tuple[str | None, str | None]) -> None:
    assert _time(parse_article(text), text, span) == time


# session 23: a bare number ending a clause that opens with a counted noun takes that noun
CLAUSE_SUBJECT = [
    ("BPS: Penduduk Miskin di Sumbar Bertambah, Per September 2022 Capai 343,82 Ribu\n"
     "Badan Pusat Statistik mencatat jumlah penduduk miskin bertambah.", "343,82 Ribu", "person"),
    ("Keluarga Berisiko Stunting Turun hingga 4,6 juta di 2024, Ini Penjelasannya\n"
     "BKKBN mencatat penurunan itu.", "4,6 juta", "household"),
    ("Desa Mandiri di Kaltim Bertambah Jadi 187, Desa Tertinggal Tinggal 15\n"
     "Rabu, 8 Januari 2025", "187", "village"),
    ("Desa Mandiri di Kaltim Bertambah Jadi 187, Desa Tertinggal Tinggal 15\n"
     "Rabu, 8 Januari 2025", "15", "village"),
    ("Didik menyampaikan, bahwa dari RTLH yang mencapai 7585 saat ini pembangunannya berjalan.",
     "7585", "house"),
]


@pytest.mark.parametrize(("text", "span", "unit"), CLAUSE_SUBJECT)
def test_clause_subject_gives_a_bare_number_its_noun(text: str, span: str, unit: str) -> None:
    art = parse_article(text)
    assert _record(art, text, span).unit == unit


@pytest.mark.parametrize("text", [
    "Angka kemiskinan di kota itu turun menjadi 9 pada tahun ini.",
    "Penduduk miskin di 5 kabupaten itu turun menjadi 90 pada tahun ini.",
    "Penduduk Miskin Bertambah, Capai 26",
])
def test_clause_subject_needs_a_clean_clause(text: str) -> None:
    # a measure word or another figure between, or a number cut off at the excerpt's end (R 27)
    art = parse_article(text)
    assert not [r for r in art.records if text[r.evidence.start:r.evidence.end] in ("9", "90", "26")]


def test_the_article_place_is_named_in_full() -> None:
    text = ("Penduduk Miskin di Barsel Turun\nKepala BPS Barsel mengatakan penduduk miskin Barsel "
            "turun menjadi 6.663 orang, lebih rendah dari Seruyan dan Kalteng.")
    art = parse_article(text)
    assert art.place is not None and art.place.name == "Barito Selatan"


def test_billions_after_a_money_word_are_money() -> None:
    """real-extra15 g111: "sebanyak 13,6 miliar untuk 681 unit" was 13.6 billion houses."""
    text = ("RTLH Purworejo\nPemerintah Provinsi Jawa Tengah memberikan bantuan keuangan untuk "
            "peningkatan RTLH di Purworejo sebanyak 13,6 miliar untuk 681 unit.")
    units = {text[r.evidence.start : r.evidence.end]: r.unit for r in parse_article(text).records}
    assert units == {"13,6 miliar": "IDR", "681 unit": "house"}


# session 37 (real-extra80 .. -89, kept unseen in session 36): a ranked list of kecamatan that
# runs on over sentences. The top item ends its sentence with a count; the next sentences
# open with a word that ranks on ("Menyusul", "Selanjutnya", "Diikuti oleh") or go on with
# "Name sebanyak N": their bare numbers count what the top item counted. A kecamatan the
# article introduces ("Kecamatan Karangjati") makes its regency's other districts places
# where the article writes them bare, so each item takes its own place.
RANKED_ACROSS = [
    ("Penerima Raskin di Bolmong\nPenerima beras miskin terbanyak ada di Kecamatan Lolak dengan "
     "angka 2.360 rumah tangga. Menyusul Dumoga Timur 1.839, Lolayan 1.781.",
     {"2.360 rumah tangga": ("household", "Lolak"), "1.839": ("household", "Dumoga Timur"),
      "1.781": ("household", "Lolayan")}),
    ("Beras CPP di Sumbawa Barat\nPenerima terbanyak di Kecamatan Taliwang dengan jumlah 5.087 "
     "KPM. Selanjutnya Seteluk dengan 1.972. Diikuti oleh Brang Rea sebanyak 1.813. Poto Tano "
     "sebanyak 1.780, Brang Ene 785.",
     {"5.087 KPM": ("household", "Taliwang"), "1.972": ("household", "Seteluk"),
      "1.813": ("household", "Brang Rea"), "1.780": ("household", "Poto Tano"),
      "785": ("household", "Brang Ene")}),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_ACROSS)
def test_a_ranked_list_runs_on_across_sentences(text: str, expected: dict[str, tuple[str, str]]
                                                ) -> None:
    art = parse_article(text)
    got = {span: (_record(art, text, span).unit, (_record(art, text, span).place or
                                                  Place(name="")).name) for span in expected}
    assert got == expected


@pytest.mark.parametrize("text", [
    # no word that ranks on: a sentence that opens with a name and a number is no list item
    "Penerima terbanyak di Kecamatan Lolak dengan 2.360 rumah tangga. Bupati Lolayan 2019 hadir.",
    "Penerima terbanyak di Kecamatan Lolak dengan 2.360 rumah tangga. Dumoga Timur 1.839 saja.",
])
def test_a_count_that_ends_a_sentence_is_no_list_by_itself(text: str) -> None:
    spans = {text[r.evidence.start : r.evidence.end] for r in parse_article(text).records}
    assert spans == {"2.360 rumah tangga"}


def test_a_dateline_with_an_abbreviated_level_word_is_no_topic() -> None:
    """A dateline's level word comes from the lexicon's level words, so "Kab Madiun (ANTARA) -"
    is a dateline like "KOTA BANDUNG -" (real-extra66 i619: its article place became the
    province the lead names once)."""
    from ekstrak.places import is_dateline

    text = ("Kab Madiun (ANTARA) - Pemerintah Kabupaten Madiun menyalurkan bantuan modal usaha "
            "ke 45 kelompok usaha bersama.")
    art = parse_article(text)
    first = min((m for m in art.mentions if m.type == "PLACE"), key=lambda m: m.start)
    assert text[first.start:first.end] == "Madiun" and is_dateline(text, first, 0)
