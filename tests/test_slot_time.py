"""time slot (records/time.py): a table of real-looking cases, one figure each.

Each case: text, the figure's span, the expected (start, end) or None.
"""

from __future__ import annotations

import pytest

from ekstrak import parse_article


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table tests the time rules: the learned ranker stays out."""
    monkeypatch.setenv("EKSTRAK_SLOTS", "rules")


RTLH_PLAN = ("Bedah Rumah Bogor\n"
             "Pemkab menyiapkan anggaran senilai Rp12 miliar untuk Program RTLH tahun 2023.\n\n"
             "\"Total anggaran untuk RTLH tahun ini sebesar Rp12 miliar untuk 800 penerima,\" "
             "kata Kepala Dinas di Cibinong, Kamis.\n\n"
             "Jumlah sasaran tahun ini serupa dengan tahun 2022.\n\n"
             "\"Tahun 2023 belum ada angka bantuan dari provinsi,\" katanya.")

QUARTERS = ("Penyaluran BLT Dana Desa tahun 2023 di Aceh.\n"
            "Triwulan ketiga (Juli-September 2023) mencapai Rp171,5 miliar, dan triwulan "
            "keempat (Oktober-Desember 2023) mencapai Rp94,69 miliar.\n"
            "Dari total 6.495 gampong di Aceh, hanya 6.492 desa yang menetapkan KPM.")

REPORTER_DATED = ("Miskin Ekstrem Seruyan Tinggal 1,1 Persen\n\n"
                  "Kepala Bappeda Seruyan, Yusran--\n\n"
                  "kaltengpos.id - Warga miskin ekstrem di Kabupaten Seruyan terus turun. Data "
                  "yang diterima Pemkab mencatat 2.310 jiwa atau 1,1 persen.\n\n"
                  "\"Hasil pendataan ulang menunjukkan angka itu turun,\" kata Kepala Bappeda "
                  "Seruyan, Yusran, dikonfirmasi, Rabu 12 Juni 2024.\n\n"
                  "BACA JUGA:Banjir Rendam Tiga Desa\n\n"
                  "Dijelaskannya, jumlah di tiap kecamatan bervariasi. Rinciannya, Kecamatan "
                  "Danau Sembuluh mencatat 412 jiwa.")

IDM_BREAKDOWN = ("PALANGKARAYA - Pada 2019 masih ada 300 desa tertinggal di Kalteng.\n"
                 "Hingga tahun 2023, sebanyak 143 desa di Provinsi Kalimantan "
                 "Tengah masih berstatus desa tertinggal. Ini berdasarkan indeks desa "
                 "membangun (IDM) dari Kemendes.\n"
                 "Dari IDM ini diketahui, dari total 1.432 desa, terdapat 704 Desa Berkembang "
                 "dan 194 Desa Mandiri.")

EL_NINO = ("Bansos El Nino\n\n"
           "Airlangga mengatakan kemarau diperkirakan melanda Indonesia hingga akhir tahun 2023. "
           "Musim tanam pun mundur.\n\n"
           "Bantuan ini juga merespons fluktuasi harga sembako di berbagai daerah.\n\n"
           "Adapun bantuan beras yang diberikan sebanyak 10 kg untuk sekitar 21 juta penerima.\n\n"
           "Penyaluran BLT El Nino berlangsung selama November sampai dengan Desember 2023. "
           "Hingga 21 Desember 2023, pemerintah telah menyalurkan Rp6,72 triliun.")

DAY_RELEASE = ("Kemiskinan Ekstrem di Lima Kabupaten\n\n"
               "Data BPS yang dibahas dalam rapat pada 07/10/2021 itu menjadi dasar program.\n\n"
               "Jumlah penduduk miskin ekstrem di Kabupaten Bogor sebanyak 581.968 jiwa atau "
               "6,83 persen.")

RELEASE_COMPARED = ("Target Kemiskinan Ekstrem\n\n"
                    "Presiden menargetkan kemiskinan ekstrem 0 persen pada 2024. Target itu "
                    "disampaikan Menteri Keuangan di DPR.\n\n"
                    "BPS mencatat persentase penduduk miskin pada September 2022 sebesar 9,57 "
                    "persen. Angka tersebut meningkat 0,03 persen poin dibandingkan Maret 2022.\n"
                    "Namun, jika dibandingkan dengan angka di September 2021, persentase penduduk "
                    "miskin mengalami penurunan sebesar 0,14 persen poin.")

GINI_RELEASE = ("Rasio Gini September 2021\n\n"
                "BPS mencatat rasio gini Indonesia per September 2021 turun menjadi 0,381, dari "
                "0,384 pada Maret 2021.\n\n"
                "Begitu pula dengan angka gini rasio di perdesaan yang menurun dari 0,315 pada "
                "Maret 2021 dan 0,319 di September 2020.\n\n"
                "Margo menyebutkan penurunan rasio gini tertinggi terjadi di Provinsi Maluku "
                "Utara.\n\n"
                "Sementara itu, provinsi yang mempunyai nilai rasio gini tertinggi tercatat di "
                "Daerah Istimewa Yogyakarta, yaitu sebesar 0,436.")

STUNTING_LIST = ("Data Stunting Turun di 19 Kabupaten\n\n"
                 "Berikut data lengkap yang diperoleh dari Pokja Stunting. Data ini adalah "
                 "perbandingan angka stunting Februari 2021-Februari 2022.\n\n"
                 "Ada 19 kabupaten/kota yang mengalami penurunan yaitu :\n\n"
                 "1. Kabupaten Sumba Barat turun dari 28,7 persen menjadi 22,7 persen.\n"
                 "2. Kabupaten Sumba Timur 23,3 turun menjadi 20,9 persen.\n"
                 "3. Kabupaten Kupang 24,6 persen turun menjadi 24,1\n")

PROGRESS_AS_OF = ("21 Desa Belum Cairkan BLT\n\n"
                  "MATARAM \u2013 Dari 995 desa di NTB, sebanyak 974 desa sudah mencairkan BLT "
                  "tahap I.\nKepala Dinas menyampaikan data progres pelaksanaan BLT Dana Desa "
                  "sampai tanggal 05 Juni 2020.\nDi Lombok Barat sudah ada 119 desa yang telah "
                  "melakukan musyawarah desa.")

LATEST_REPORTED = ("Penduduk Miskin Aceh Turun\n\n"
                   "Badan Pusat Statistik (BPS) Aceh merilis data kemiskinan. \"Penduduk miskin "
                   "Aceh pada September 2022 jumlahnya 818,47 ribu orang, sedangkan pada Maret "
                   "2023 menjadi 806,75 ribu orang,\" ungkapnya.\n"
                   "Meskipun menurun, Aceh masih provinsi termiskin di Sumatera.\n"
                   "Dari 10 provinsi di Sumatera, persentase penduduk miskin yakni Aceh 14,45 "
                   "persen, Bengkulu 14,04 persen.")

ONE_LINERS = ("Daftar Kasus Stunting di Aceh\n"
              "Aceh Barat Daya - SSGI tahun 2021 mencatat Kabupaten Gayo Lues tertinggi kasus "
              "stunting sebanyak 42,9 persen.\n"
              "Peringkat kedua Kota Subulussalam dengan 41,8 persen.\n"
              "Sementara, Kabupaten Aceh Utara berada diangka 38,8 persen.\n"
              "Kemudian, Kabupaten Aceh Tenggara 34,1 persen.\n"
              "Selanjutnya, Kabupaten Aceh Singkil 29,6 persen.\n"
              "Lalu Kota Banda Aceh 23,4 persen.\n"
              "Seperti diberitakan sebelumnya, hingga Agustus 2022 tercatat 927 kasus stunting "
              "di Aceh Barat Daya.")

TIME_CASES = [
    # session 29 (real-extra32 i263): the semester a release goes on with is the latest it
    # reported ("pada September 2022 ..., sedangkan pada Maret 2023 menjadi ...")
    (LATEST_REPORTED, "14,04 persen", ("2023-03", "2023-03")),
    # session 29 (real-extra29 i203): "sampai tanggal <day>" is the cut-off the progress
    # figures hold at, not a passing day that dates only the year
    (PROGRESS_AS_OF, "974 desa", ("2020-06-05", "2020-06-05")),
    (PROGRESS_AS_OF, "119 desa", ("2020-06-05", "2020-06-05")),
    # session 29 (real-extra30 i224): a list introduced where a comparison span is in force
    # ("perbandingan ... Februari 2021-Februari 2022"): each item's pair runs over it, with
    # or without "dari"
    (STUNTING_LIST, "28,7 persen", ("2021-02", "2021-02")),
    (STUNTING_LIST, "22,7 persen", ("2022-02", "2022-02")),
    (STUNTING_LIST, "23,3", ("2021-02", "2021-02")),
    (STUNTING_LIST, "20,9 persen", ("2022-02", "2022-02")),
    (STUNTING_LIST, "24,6 persen", ("2021-02", "2021-02")),
    (STUNTING_LIST, "24,1", ("2022-02", "2022-02")),
    # ... but a level its own date stands before keeps that date
    ("Persentase penduduk miskin perdesaan pada Maret 2022 sebesar 23,50 persen naik menjadi "
     "24,54 persen pada September 2022.", "23,50 persen", ("2022-03", "2022-03")),
    # session 28 (real-extra28): a sentence that dates only levels before ("menurun dari
    # 0,315 pada Maret 2021 dan 0,319 di September 2020") leaves the reported period in force
    (GINI_RELEASE, "0,436", ("2021-09", "2021-09")),
    (GINI_RELEASE, "0,319", ("2020-09", "2020-09")),
    # session 28 (real-extra28): a change compared with a date and no period in force runs
    # up to the semester the release reports
    (RELEASE_COMPARED, "0,14 persen poin", ("2021-09", "2022-09")),
    # session 28 (real-extra21): the day a whole article names is the day of an event, not
    # the period of its statistics, even in a release story: its year
    (DAY_RELEASE, "581.968 jiwa", ("2021", "2021")),
    # session 28 (real-extra14, real-extra24): a change restated in another unit after "atau"
    # spans what the change before it spans
    ("Begitu juga jika dibanding dengan Maret 2021 pada angka 87,16 ribu, di Maret 2022 ini "
     "menurun sebanyak 7,29 ribu orang atau 0,66 persen.", "0,66 persen", ("2021-03", "2022-03")),
    # session 28 (real-extra2, real-extra19, real-extra27): where no period of the article
    # holds, an undated figure far from any date is of the one year all its dates lie in
    (EL_NINO, "21 juta penerima", ("2023", "2023")),
    (EL_NINO, "Rp6,72 triliun", ("2023-12-21", "2023-12-21")),
    # session 28 (real-extra18): a sentence that opens pointing back at what the paragraph
    # before reported ("Dari IDM ini", "Berdasarkan data tersebut") goes on with its period
    # (after an undated paragraph it carries none: the Thai Nguyen seed, pinned at 1.000)
    (IDM_BREAKDOWN, "704 Desa", ("2023", "2023")),
    (IDM_BREAKDOWN, "194 Desa", ("2023", "2023")),
    # session 27 (real-extra19, real-extra22): an unstamped page whose body dates no figure,
    # only the day someone spoke: its figures are of that year (R 47, R 60)
    (REPORTER_DATED, "1,1 Persen", ("2024", "2024")),
    (REPORTER_DATED, "2.310 jiwa", ("2024", "2024")),
    (REPORTER_DATED, "412 jiwa", ("2024", "2024")),
    # session 27 (real-extra8): "X hingga <date>" in a list of yearly amounts: the date right
    # after the figure is its own, not the year of the item before
    ("Rinciannya Rp512 juta pada 2021, Rp640,2 juta pada 2022, dan Rp198 juta hingga Agustus "
     "2023.", "Rp198 juta", ("2023-08", "2023-08")),
    # session 26 (real-extra6, real-extra10): a change with a dated from-to pair after it
    # spans the pair, when "sampai" would read it as a level (its size is the pair's gap)
    # and when it is planned
    ("Secara persentase penduduk miskin turun sampai 0,39 persen dari 13,76 persen tahun "
     "2018 menjadi 13,37 persen tahun 2019.", "0,39 persen", ("2018", "2019")),
    ("Pemkab mematok target menurunkan angka kemiskinan sebesar 0,11 persen dari 7,61 persen "
     "pada 2023 menjadi 7,5 persen pada 2024.", "0,11 persen", ("2023", "2024")),
    # session 26 (real-extra5, real-extra6): "sore hari" is a time of day, not an event's
    # name ("Hari Pers Nasional 2018"): its date dates the figures
    ("Pada sore hari tanggal 5 Desember 2025, Kementerian menyumbangkan 23 rumah kepada "
     "keluarga miskin.", "23 rumah", ("2025-12-05", "2025-12-05")),
    # session 26 (real-extra18): a weekday date that opens its sentence is the day of the
    # sentence's event and dates its figures; after a speaker it only says when they spoke (the page's year)
    ("Bantuan mulai disalurkan.\nSebelumnya, Jumat (17/02/2023) lalu Dinas Sosial telah "
     "membagikan bantuan untuk warga Kecamatan Popayato Barat 96 KPM.", "96 KPM",
     ("2023-02-17", "2023-02-17")),
    ("Bantuan mulai disalurkan.\nDinas Sosial telah membagikan bantuan untuk 96 KPM, kata "
     "Kepala Dinas di Marisa, Jumat (17/02/2023).", "96 KPM", ("2023", "2023")),
    # session 26 (real-extra17): after a line listing a year's parts, the next line speaks
    # of the year they make up, not of the last part
    (QUARTERS, "Rp94,69 miliar", ("2023-10", "2023-12")),
    (QUARTERS, "6.492 desa", ("2023", "2023")),
    # session 25 (real-extra17): a figure dated right before it keeps that date; the date
    # after it opens the next clause
    ("Yaitu Kabupaten Bengkayang di 2022 di angka 30,1 persen di 2023 justru naik di 32,7 "
     "persen.", "30,1 persen", ("2022", "2022")),
    ("Yaitu Kabupaten Bengkayang di 2022 di angka 30,1 persen di 2023 justru naik di 32,7 "
     "persen.", "32,7 persen", ("2023", "2023")),
    # session 25 (real-extra17): compared with the year before, with no date of its own: the
    # same point a year before the period in force
    ("Persentase penduduk miskin mencapai 11,69 persen per Maret 2024. Angka itu lebih kecil "
     "dari tahun sebelumnya, yakni 12,18 persen.", "12,18 persen", ("2023-03", "2023-03")),
    # session 25: a stamped page whose body names no date speaks of its publication year
    (" date 2023-12 Penduduk Miskin Ekstrem\nKemenko PMK mencatat 71.388 penduduk di Papua "
     "Tengah hidup dalam kondisi miskin ekstrem.", "71.388 penduduk", ("2023", "2023")),
    ("Penduduk Miskin Ekstrem\nKemenko PMK mencatat 71.388 penduduk di Papua Tengah hidup "
     "dalam kondisi miskin ekstrem.", "71.388 penduduk", None),
    # ... but a publication date read off a body sentence is no stamp
    ("Judul\nProvinsi itu digabung sejak 1 Juli 2025, sebanyak 8.926 rumah telah selesai.",
     "8.926 rumah", None),
    # session 25 (real-extra16): a change in a sentence that states the new level ("menjadi")
    # runs from the earlier point in force, the old level's date
    ("Desa maju pada tahun 2019 berjumlah 107 desa. Pada tahun 2020 jumlahnya menjadi 202 desa "
     "atau naik sebesar 88,79 persen.", "88,79 persen", ("2019", "2020")),
    ("Desa maju pada tahun 2019 berjumlah 107 desa. Pada tahun 2020 jumlahnya naik sebesar "
     "88,79 persen.", "88,79 persen", ("2020", "2020")),
    # session 25 (real-extra16): a change between a level before it and the new level after
    # it ("menjadi") runs from the first level's date to the second's
    ("Di perkotaan, pada September 2022 sebesar 4,90 persen turun 0,23 persen menjadi 4,67 "
     "persen pada Maret 2023.", "0,23 persen", ("2022-09", "2023-03")),
    ("Pada Maret 2023 angka kemiskinan turun 0,23 persen.", "0,23 persen", (None, "2023-03")),
    # a level at its sentence's date
    ("Pada Maret 2024, persentase penduduk miskin sebesar 9,03 persen.", "9,03 persen",
     ("2024-03", "2024-03")),
    # a change spans comparison -> reference
    ("Pada Maret 2024 persentase penduduk miskin kota itu 7,40 persen, turun 0,21 persen poin "
     "terhadap Maret 2023.", "0,21 persen poin", ("2023-03", "2024-03")),
    # a baseline "dari X pada ... menjadi Y pada ..." has its own date
    ("Angkanya susut dari 412,3 ribu orang pada Maret 2023 menjadi 398,7 ribu orang pada "
     "Maret 2024.", "412,3 ribu orang", ("2023-03", "2023-03")),
    # a web page with one sentence per line: the article's one period holds for undated lines
    ("Penduduk Miskin Turun\nBPS mencatat penduduk miskin pada Maret 2024 berjumlah 2,41 juta orang.\n"
     "Berikut jumlah penduduk miskin terbanyak per provinsi:\n"
     "1. Jawa Timur 3,9 juta orang\n2. Jawa Barat 3,8 juta orang", "3,8 juta orang",
     ("2024-03", "2024-03")),
    # ... the latest period dominates a release that also cites last year's figure
    ("Kemiskinan NTT\nPada Maret 2024 angka kemiskinan NTT 19,48 persen.\nPada Maret 2024 jumlah penduduk miskin "
     "1,13 juta orang.\nPada Maret 2023 angkanya 19,96 persen.\nSebanyak 64 ribu orang tinggal di "
     "kota.", "64 ribu orang", ("2024-03", "2024-03")),
    # an article of several periods gives an undated line after a paragraph of several
    # sentences no time
    ("Bedah Rumah\nPada 2022 tercatat 120 rumah dibangun.\nPada 2023 ada 150 rumah dibangun.\nPada 2024 ada "
     "175 rumah dibangun. Pekerjaan selesai tepat waktu.\nSetiap rumah dibangun oleh 12 warga.",
     "12 warga", None),
    # ... but on a page of one-sentence paragraphs the period of the line before holds on
    # (R 45), taking where that line arrived ("dari ... 2023 menjadi ... 2024")
    ("Jawa Tengah\nKemiskinan turun dari 10,77 persen pada Maret 2023 menjadi 10,47 persen pada "
     "Maret 2024.\nPada 2022 angkanya 11,2 persen.\nJumlahnya turun dari 3,9 juta pada Maret 2023 "
     "menjadi 3,7 juta pada Maret 2024.\nAda 3.982.690 penduduk miskin di provinsi ini.",
     "3.982.690 penduduk", ("2024-03", "2024-03")),
    # a figure placed at another, unnamed time takes no period ("setahun sebelumnya")
    ("Garis Kemiskinan\nGaris kemiskinan pada Maret 2024 naik menjadi Rp447.811, dari Rp421.560 "
     "setahun sebelumnya.\nSetahun sebelumnya, angka kemiskinan mencapai 28,1 persen.",
     "28,1 persen", None),
    # a change spans the from-to pair that follows it
    ("Kemiskinan Turun\nPenduduk miskin di desa berkurang sebanyak 31,4 ribu orang (dari "
     "640,2 ribu orang pada Maret 2023 menjadi 608,8 ribu orang pada Maret 2024).",
     "31,4 ribu orang", ("2023-03", "2024-03")),
    # when something was said is no period of the figures
    ("Kemiskinan Kota\nPada Maret 2023 kemiskinan di kota naik 0,35 persen,\" ujar Kepala BPS "
     "di Ende, Kamis, (20/7/2023).", "0,35 persen", (None, "2023-03")),
    # an event's year dates the event, not the figures ("Hari Pers Nasional 2018")
    ("Bansos Tahap I\nKemensos mencairkan bansos tahap pertama pada April 2019.\n\"Dari jumlah "
     "tersebut, penerima lansia sebanyak 152.300 keluarga,\" ujar Mensos saat menghadiri Hari "
     "Koperasi 2019.", "152.300 keluarga", ("2019-04", "2019-04")),
    # a change runs from the date of the baseline written after it
    ("Kemiskinan Ekstrem Gorontalo\nPada tahun 2023 kemiskinan ekstrem di Gorontalo tinggal 1,12 "
     "persen, turun sebesar 0,47 persen dari 1,59 persen pada tahun 2022.",
     "0,47 persen", ("2022", "2023")),
    # a breakdown ("Rinciannya, ...") takes the period of the figure it breaks down
    ("Bedah Rumah Bangli\nPada tahun 2022 ada 64 rumah yang diperbaiki dari APBD.\n"
     "Rinciannya, 12 unit di Kecamatan Kintamani dan 9 unit di Kecamatan Susut.\n"
     "Pada 2019 baru 40 rumah yang diperbaiki.", "12 unit",
     ("2022", "2022")),
    # a loan term holds with no period
    ("Kredit Usaha\nPada 2024 bank menyalurkan pinjaman Rp 5 miliar.\nBunga pinjaman 6 persen "
     "per tahun.", "6 persen", None),
    # a plan "tahun ini" on an unstamped page is for the article's one year; so is one with
    # no such words (session 24: the real dev gold reads one year's programme story so)
    (RTLH_PLAN, "800 penerima", ("2023", "2023")),
    # a day of the clause inside its month or year: the figure stands as of that day; an
    # allocation keeps its year
    ("BLT Dana Desa\nPer Senin, 16 Mei 2022, jumlah penerima BLT dana desa pada bulan Mei "
     "mencapai 312.400 KPM.", "312.400 KPM", ("2022-05-16", "2022-05-16")),
    ("Dana Desa\nHingga 15 Desember 2020 dana yang digunakan baru Rp40,1 triliun dari pagu "
     "APBN 2020 sebesar Rp71,1 triliun.", "Rp71,1 triliun", ("2020", "2020")),
    # people who left poverty over a from-to span its sentence states: over the span
    ("Kemiskinan Turun\nAngka kemiskinan turun dari 14,2% pada tahun 2010 menjadi 8,3% pada "
     "tahun 2015, artinya sekitar 4 juta orang telah lepas dari kemiskinan.", "4 juta orang",
     ("2010", "2015")),
    (RTLH_PLAN.replace("Total anggaran untuk RTLH tahun ini", "Pemkab menargetkan anggaran"),
     "800 penerima", ("2023", "2023")),
    # a total counted "sejak X" runs to the clause's later date, else to a stamped page's
    # publication year (R 11)
    ("Rehab RTLH\nPenanganan rehab rumah tidak layak huni sejak 2017 lalu hingga tahun 2020 "
     "sudah mencapai 6.171 unit.", "6.171 unit", ("2017", "2020")),
    (" date 2024-10 Rumah Warga Miskin\nSejak 2021, pemerintah telah membangun 1.247 rumah bagi "
     "warga miskin.", "1.247 rumah", ("2021", "2024")),
    (" date 2025-02 Rumah Warga Miskin\nPada 2024 target 20.000 unit tercapai. Sejak 2019, "
     "jumlah RTLH yang telah ditangani mencapai lebih dari 150.000 unit.", "150.000 unit",
     ("2019", "2025")),
    # a level said to be the previous year's is a year before its clause's time
    ("Desa Maju\nDesa maju meningkat menjadi 23.035 desa pada 2023 dibandingkan tahun "
     "sebelumnya yang sebanyak 20.249 desa.", "20.249 desa", ("2022", "2022")),
    ("Garis Kemiskinan\nPada Maret 2023 garis kemiskinan naik dari Rp421.560 setahun "
     "sebelumnya.", "Rp421.560", ("2022-03", "2022-03")),
    # the article's year holds an undated lead even where a semester of that year comes
    # later: the year ends with the semester
    ("Pemkot Alokasikan Rp12 Miliar\n\nPemkot Madiun mengalokasikan Rp12 miliar untuk "
     "pengentasan kemiskinan.\n\n\"Itu alokasi APBD tahun 2022,\" katanya, Selasa (23/8).\n\n"
     "Pemkot menargetkan angka kemiskinan 7,1 persen pada akhir 2022.\n\n"
     "\"Dari program CSR sampai semester dua 2022 ini, sudah terealisasi Rp5,7 miliar,\" "
     "imbuhnya.", "Rp12 miliar", ("2022", "2022")),
    # session 24: a change with no baseline that ends where the span just spoken of ends
    # runs over that span (same paragraph, or a one-sentence line right above) ...
    ("Di kota persentase penduduk miskin turun dari 8,40 persen pada Maret 2022 menjadi 8,05 "
     "persen pada September 2022. Secara jumlah, penduduk miskin kota turun sebanyak 0,21 juta "
     "orang pada September 2022.", "0,21 juta orang", ("2022-03", "2022-09")),
    ("Rasio gini naik dari 0,371 pada September 2021 menjadi 0,379 pada Maret 2022.\n"
     "\"Angkanya meningkat sebesar 0,008 poin pada Maret 2022,\" katanya.", "0,008 poin",
     ("2021-09", "2022-03")),
    # ... but a change spelt out with its own values has its own baseline (no level of its
    # unit, a percentage, stands before it)
    ("Garis kemiskinan naik 3,1 persen dari Rp 500.100 pada Maret 2021 menjadi Rp 515.600 pada "
     "Maret 2022. Garis kemiskinan naik sebesar 1,9 persen, yaitu dari Rp 506.000 menjadi "
     "Rp 515.600 pada Maret 2022.", "1,9 persen", (None, "2022-03")),
    # a plan with no date of its own in the story of one year's programme is for that year
    ("Bedah Rumah Kota Tegal\nPemkot Tegal akan menambah sasaran bedah rumah pada 2024. "
     "Dananya dari daerah dan pusat.\n\nKami akan memperbaiki 215 unit rumah tidak layak huni, "
     "ujar Kepala Dinas.", "215 unit rumah", ("2024", "2024")),
    # one passing mention of a month dates the story's year, not every figure to the month ...
    ("Bedah Rumah Sampang\nPemkab Sampang kini membedah 512 rumah tidak layak huni milik warga "
     "miskin. Pekerjaan akan selesai pada akhir November 2021.\nSetiap rumah mendapat bantuan "
     "bahan bangunan.\nUntuk tahap kedua, Dinas Perkim mengusulkan 230 rumah.", "230 rumah",
     ("2021", "2021")),
    # ... but a snapshot "per"/"sampai dengan" date holds for them (R 48)
    ("RTLH Kudus\nSampai dengan Rabu (10/7/2024) di Kabupaten Kudus masih ada 6.774 rumah "
     "tidak layak huni.\nSebanyak 80 unit dibantu perusahaan swasta dan 30 unit oleh Baznas.",
     "80 unit", ("2024-07-10", "2024-07-10")),
    # ... and so does a statistics office release's semester
    ("Kemiskinan Jambi\nBPS Provinsi Jambi mencatat garis kemiskinan Maret 2019 sebesar "
     "Rp470.500 per kapita per bulan.\nPenduduk miskin tahun 2019 sebagian besar tinggal di "
     "desa.\nRata-rata rumah tangga miskin memiliki 4,5 orang anggota.", "4,5 orang",
     ("2019-03", "2019-03")),
    # the lead of a release, before its first date, is about the semester it reports (R 22)
    ("Ambon - Kepala BPS Provinsi Maluku mengatakan, dua provinsi di timur Indonesia yaitu "
     "Papua dan Papua Barat memiliki persentase penduduk miskin terbesar, 26,03 persen dan "
     "21,33 persen.\nSecara umum, periode Maret 2015 - Maret 2022 tingkat kemiskinan turun.\n"
     "Persentase penduduk miskin turun dari 19,36 persen pada Maret 2015 menjadi 15,97 persen "
     "pada Maret 2022.", "21,33 persen", ("2022-03", "2022-03")),
    # a clause that opens on the year before dates its figure to the year before the period
    # in force; "Setahun sebelumnya" elsewhere in a sentence still dates nothing
    ("Desa\nJumlah desa berkembang sampai Oktober 2023 turun menjadi 28.766 desa. Sementara "
     "itu, di tahun sebelumnya ada sebanyak 33.902 desa.", "33.902 desa", ("2022", "2022")),
    # in a year list, a date after a comma opens the next clause ("..., pada 2022 turun
    # menjadi X"): it is not the figure before it's own
    ("Kemiskinan Ekstrem\nKemiskinan ekstrem di 2021 sebesar 3,12%, pada 2022 turun menjadi "
     "2,41%, pada 2023 turun lagi menjadi 1,65%.", "3,12%", ("2021", "2021")),
    ("Kemiskinan Ekstrem\nKemiskinan ekstrem di 2021 sebesar 3,12%, pada 2022 turun menjadi "
     "2,41%, pada 2023 turun lagi menjadi 1,65%.", "2,41%", ("2022", "2022")),
    # ... but a date after a comma with nothing after it is the figure's
    ("Kemiskinan Ekstrem\nAngka kemiskinan ekstrem tercatat 3,12%, pada Maret 2021.", "3,12%",
     ("2021-03", "2021-03")),
    # the level at a comparison date may follow the source it is quoted from
    ("Stunting NTT\nPrevalensi stunting NTT pada 2023 sebesar 37,9 persen, naik bila "
     "dibandingkan 2022 menurut SSGI yaitu 35,3 persen.", "35,3 persen", ("2022", "2022")),
    # the writers' typos of "dibandingkan" compare as well
    ("Stunting\nPrevalensi stunting pada 2023 menurun 0,1 persen dibndingkan 2022.", "0,1 persen",
     ("2022", "2023")),
    ("Kemiskinan NTB\nPada September 2022 persentase penduduk miskin naik 0,14 persen poin "
     "disbanding Maret 2022.", "0,14 persen poin", ("2022-03", "2022-09")),
    # a bracketed comparison date after "periode sebelumnya" is the change's start
    ("Pada September 2021 jumlah penduduk miskin Maluku 294 ribu jiwa. Jika dibandingkan dengan "
     "kondisi pada periode sebelumnya (Maret 2021), terdapat kenaikan persentase penduduk miskin "
     "di perkotaan sebesar 0,14 persen poin.", "0,14 persen poin", ("2021-03", "2021-09")),
]


# session 32: a change without a stated baseline takes the one the same article states for
# the same end, however far away (real-extra42 i361, real-extra30 p106 pattern)
HEADLINE_YEAR = ("Angka Kemiskinan di Jabar Akhir Tahun 2023\n"
                 "Tingkat pengangguran dan kemiskinan di Jawa Barat berhasil ditekan pada akhir "
                 "tahun 2023.\n"
                 "Pengangguran terbuka Jawa Barat tercatat 7,44 persen, turun dari 8,31 persen "
                 "pada 2022 dan 9,82 persen pada 2021.\n"
                 "Kabupaten Bogor misalnya, dari 12,22 persen pada 2021, turun menjadi 10,64 "
                 "persen di 2022.\n"
                 "Adapun dari 27 kabupaten/kota, hanya ada 8 daerah yang persentase penduduk "
                 "miskinnya di atas 10 persen.")
ARTICLE_BASELINE = ("Kemiskinan Papua Barat Turun\n"
                    "BPS mencatat persentase penduduk miskin di Papua Barat mengalami penurunan "
                    "sebesar 0,94 persen pada Maret 2023.\n\n"
                    "Kepala BPS menyebut pendataan dilakukan serentak di semua kabupaten.\n\n"
                    "Persentase penduduk miskin pada Maret 2023 sebesar 20,49 persen, turun "
                    "0,94 persen poin dibandingkan September 2022.")
TIME_CASES += [
    (ARTICLE_BASELINE, "0,94 persen", ("2022-09", "2023-03")),
    (ARTICLE_BASELINE, "0,94 persen poin", ("2022-09", "2023-03")),
    # ... and so does the undated baseline of a from-to pair ending at that point
    (ARTICLE_BASELINE + " Persentase di perkotaan turun dari 10,02 persen menjadi 9,78 persen "
     "pada Maret 2023.", "10,02 persen", ("2022-09", "2022-09")),
    (ARTICLE_BASELINE + " Persentase di perkotaan turun dari 10,02 persen menjadi 9,78 persen "
     "pada Maret 2023.", "9,78 persen", ("2023-03", "2023-03")),
    # session 32 (real-extra50 i449, real-extra17 f101): the one period title and lead state,
    # when no date ends after it, is what the story reports (R 22) ...
    (HEADLINE_YEAR, "8 daerah", ("2023", "2023")),
    # ... not a plan's year in the lead, nor a plan's span (the one-liner before holds)
    (HEADLINE_YEAR.replace("berhasil ditekan pada", "ditargetkan turun pada"), "8 daerah",
     ("2022", "2022")),
    (HEADLINE_YEAR.replace("Akhir Tahun 2023", "2021-2023").replace(
        "pada akhir tahun 2023", "selama 2021-2023"), "8 daerah", ("2022", "2022")),
    # session 33 (real-extra46 i408, real-extra51 i455): the years of a plan stated later do
    # not end the report; a report of a later year does (the line before holds then)
    (HEADLINE_YEAR + "\nTarget lima tahun itu: tahun 2024 sebanyak 25 desa dan tahun 2025 "
     "sebanyak 30 desa.", "8 daerah", ("2023", "2023")),
    (HEADLINE_YEAR + "\nPada 2024 angkanya tercatat 7,1 persen.", "8 daerah", ("2022", "2022")),
    # a year in brackets after another figure is that figure's, not the clause's
    ("Persentase penduduk miskin Jawa Barat pada 2023 tercatat 7,44 persen. Angkanya mencapai "
     "7,76 persen dari sebelumnya 8,06 persen (2022).", "7,76 persen", ("2023", "2023")),
    # control: an article with no baseline anywhere keeps its start open
    ("Kemiskinan Turun\nBPS mencatat persentase penduduk miskin turun 0,94 persen pada "
     "Maret 2023.\n\nPendataan dilakukan serentak.", "0,94 persen", (None, "2023-03")),    # session 34 (real-extra61 i558): a ranking run over one-line paragraphs keeps the
    # year its first line states, line after line (R 45, each line arrives at it) ...
    (ONE_LINERS, "29,6 persen", ("2021", "2021")),
    (ONE_LINERS, "23,4 persen", ("2021", "2021")),
    # ... but a one-liner with no figure passes nothing on
    (ONE_LINERS.replace("Selanjutnya, Kabupaten Aceh Singkil", "Tim turun ke lapangan.\n"
                        "Tim juga mendata.\nTim lalu melapor.\nSelanjutnya, Kabupaten "
                        "Aceh Singkil"), "29,6 persen", None),
    # A level written after the date compared with, through "yang kala itu sebesar" or
    # "yakni total": that date's level (r012, x206).
    ("Pada Maret 2022, tingkat kemiskinan di Jawa Barat berada di level 9,54 persen. Angka "
     "tersebut turun dari Maret 2021 yang kala itu sebesar 10,14 persen.", "10,14 persen",
     ("2021-03", "2021-03")),
    ("Jumlah penduduk miskin di Jawa Timur pada Maret 2024 sebanyak 3.982.690 orang. Data "
     "tersebut tercatat menurun dari Maret 2023, yakni total 4.188.810 penduduk miskin.",
     "4.188.810 penduduk", ("2023-03", "2023-03")),
    # "dibandingkan tahun sebelumnya mencapai X" after a change verb: the year before's
    # level, not a change (s112, i610)
    ("Tingkat kemiskinan di Kota Ambon pada tahun 2022 mencapai 4,68 persen atau mengalami "
     "penurunan dibandingkan tahun sebelumnya mencapai 5,02 persen.", "5,02 persen",
     ("2021", "2021")),
    # a paragraph that opens on the level of the areas it goes through ("Sementara untuk
    # kabupaten dan kota") breaks down the statistic before it, and keeps its period (i359)
    ("Kegiatan ini dibuka oleh Sekda Provinsi Maluku Utara, Selasa (26/08/2025).\nPenilaian "
     "Kinerja 8 Aksi Konvergensi Stunting 2025 ini melibatkan seluruh OPD terkait di "
     "kabupaten/kota.\nDalam sambutan Gubernur disebutkan prevalensi Maluku Utara tahun 2024 "
     "yaitu 23,2 persen atau turun sebesar 0,5 poin. Angka ini lebih tinggi dari capaian "
     "nasional yaitu 19,8 persen.\n\u201cSementara untuk kabupaten dan kota, penurunan "
     "prevalensi stunting yang cukup signifikan terjadi di Kabupaten Halmahera Tengah sebesar "
     "19,7 persen (turun 9 poin)\u201d ucap Samsudin.", "19,7 persen", ("2024", "2024")),
    # control: the new level of the same sentence stays at the period in force
    ("Jumlah penduduk miskin di Jawa Timur pada Maret 2024 sebanyak 3.982.690 orang. Data "
     "tersebut tercatat menurun dari Maret 2023, yakni total 4.188.810 penduduk miskin.",
     "3.982.690 orang", ("2024-03", "2024-03")),
]


# session 36 (real-extra77 i710): a page with no stamp that calls a year this one ("Pada
# tahun 2019 ini") among the years of its history: "pada tahun ini" is that year
THIS_YEAR = ("Rumah Layak Huni Gorontalo\n"
             "Sejak 2016 pemkab membangun rumah, dan pada 2018 sudah 900 unit.\n"
             "Pada tahun 2019 ini, pemkab menargetkan pembangunan rumah bagi warga miskin.\n"
             "Kepala Dinas menjelaskan, pada tahun ini ada sekitar 2.443 unit yang bakal dibangun.")
TIME_CASES += [
    (THIS_YEAR, "2.443 unit", ("2019", "2019")),
    (THIS_YEAR, "900 unit", ("2016", "2018")),
    # without "ini" the page's latest year that holds a figure stays the story's period
    (THIS_YEAR.replace("tahun 2019 ini", "tahun 2019"), "2.443 unit", ("2018", "2018")),
]

# session 38 (real-extra48 i517, real-extra27 i245, own dev id-05)
TIME_CASES += [
    # "dari sebelumnya X pada ... menjadi Y pada ...": a from-to pair like "dari X"
    ("Jumlah penduduk miskin di Nusa Tenggara Barat mengalami penurunan sebesar 0,94 persen "
     "dari sebelumnya 13,85 persen pada Maret 2023 menjadi 12,91 persen pada Maret 2024.",
     "0,94 persen", ("2023-03", "2024-03")),
    # a change against "periode sebelumnya" / "tahun sebelumnya" runs from a year earlier
    ("Hingga Maret 2024, angka kemiskinan di Cilacap adalah 10,68 persen atau turun 0,31 "
     "persen dari periode sebelumnya.", "0,31 persen", ("2023-03", "2024-03")),
    ("Pertumbuhan persentase kemiskinan di Kabupaten Nias pada tahun 2024 menunjukkan "
     "penurunan 1,39% dibandingkan tahun sebelumnya.", "1,39%", ("2023", "2024")),
    # control: with no word of the year before, a change its sentence dates to a year
    # happened within that year
    ("Pertumbuhan persentase kemiskinan di Kabupaten Nias pada tahun 2024 menunjukkan "
     "penurunan 1,39%.", "1,39%", ("2024", "2024")),
    # a run of date-figure pairs: the date after a figure that has its own date right before
    # it opens the next pair (real-extra17 b113)
    ("Tingkat partisipasi angkatan kerja naik di tahun 2021 61,77 persen tahun 2022 64,21 "
     "persen tahun 2023 66,49 persen.", "64,21 persen", ("2022", "2022")),
    ("Tingkat partisipasi angkatan kerja naik di tahun 2021 61,77 persen tahun 2022 64,21 "
     "persen tahun 2023 66,49 persen.", "66,49 persen", ("2023", "2023")),
    # control: a figure with no date before it keeps the one written right after it
    ("Tingkat partisipasi angkatan kerja sebesar 64,21 persen pada tahun 2022.",
     "64,21 persen", ("2022", "2022")),
    # present tense is now, not a date of the body (R 61: "saat ini" keeps no period); on a
    # stamped page whose body dates no figure the stamp's year is the story's present (R 60)
    ("Bansos Beras Sukoharjo\nRabu, 5 Februari 2025 | 16:05 WIB\nPemkab menyalurkan beras "
     "kepada warga miskin.\nWarga yang datang antusias.\nSaat ini masih ada 1.200 keluarga "
     "yang menunggu giliran.", "1.200 keluarga", ("2025", "2025")),
    ("Pada tahun 2022 tercatat 1.500 keluarga miskin di desa itu. Saat ini masih ada 1.200 "
     "keluarga yang menunggu bantuan.", "1.200 keluarga", None),
    ("Bansos Beras\nPada tahun 2022 tercatat 1.500 keluarga miskin di desa itu.\nWarga yang "
     "datang antusias.\nBantuan dibagikan di balai desa.\nSaat ini masih ada 1.200 keluarga "
     "yang menunggu giliran.", "1.200 keluarga", None),
    # ... also where the sentence names no date: from a year before the period in force
    # (real-extra17 f101)
    ("Persentase kemiskinan di Kabupaten Nias pada tahun 2024 sebesar 14,89%.\nDibandingkan "
     "tahun sebelumnya, jumlah penduduk miskin berkurang 250 jiwa.", "250 jiwa",
     ("2023", "2024")),
    # session 39 (real-extra62, -70, -74): a page with no stamp whose dates span years: its
    # undated figures far from them are of the reporter's year, where that is the latest
    # year the story reports (R 47, R 61) ...
    ("Data Kemiskinan Pandeglang\nPada 2022 tercatat 31.800 KK miskin. Tahun 2023 jumlahnya "
     "turun menjadi 30.100 KK.\nWarga yang datang antusias.\nPetugas mendatangi rumah warga."
     "\nPendataan dilakukan di seluruh kecamatan, ujar Kepala Dinsos, Jumat (4/8/2023).\nTotal keseluruhan desil satu "
     "29.710 KK atau 121.789 jiwa.", "29.710 KK", ("2023", "2023")),
    # ... not where the reporter's year is past the story's latest (older figures retold)
    ("Data Kemiskinan Pandeglang\nPada 2021 tercatat 31.800 KK miskin. Tahun 2022 jumlahnya "
     "turun menjadi 30.100 KK.\nWarga yang datang antusias.\nPetugas mendatangi rumah warga."
     "\nPendataan dilakukan di seluruh kecamatan, ujar Kepala Dinsos, Jumat (4/8/2023).\nTotal keseluruhan desil satu "
     "29.710 KK atau 121.789 jiwa.", "29.710 KK", None),
    # session 42 (GUIDELINES B 47; the labels of real-extra100 and later): the money one
    # recipient gets, written with no period of its own, is a support rate with no time,
    # whether the recipient comes before it or the amount is below a household's scale ...
    ("Penyaluran BLT BBM 2022 di Ngawi\nSebanyak 97 ribu KPM menerima BLT BBM pada September "
     "2022.\nMasing-masing KPM menerima Rp 300 ribu yang dicairkan di kantor pos.",
     "Rp 300 ribu", None),
    ("Bedah Rumah 2024\nPemkab merehab 150 rumah pada 2024.\nBantuan untuk perbaikan "
     "rumah sebesar Rp20 juta dari APBD.", "Rp20 juta", None),
    # ... while the sum shared by many keeps the period in force
    ("Bedah Rumah 2024\nPemkab merehab 150 rumah pada 2024.\nAnggaran bedah rumah mencapai "
     "Rp3 miliar dari APBD.", "Rp3 miliar", ("2024", "2024")),
]

MONTH_STORY = ("Bansos Cair April 2024\n\nPada April 2024, Dinsos menyalurkan bantuan kepada "
               "1.200 KPM. Penyaluran April 2024 itu lancar.\n\nSelain itu, pemerintah kota "
               "menyiapkan anggaran Rp 2,1 miliar untuk bedah rumah.\n\nJumlah desa mandiri di "
               "kota itu ada 12 desa.")

TIME_CASES += [
    # session 43 (real-extra73 i638): an electrical connection's rating holds with no period
    ("Listrik Gratis 2019\nPada 2019 PLN menyambung listrik ke 300 rumah. Warga mendapat "
     "sambungan listrik 450 VA secara gratis.", "450 VA", None),
    ("Listrik Gratis 2019\nPada 2019 PLN menyambung listrik ke 300 rumah. Warga mendapat "
     "sambungan listrik 450 VA secara gratis.", "300 rumah", ("2019", "2019")),
]

TIME_CASES += [
    # session 43: a story of one month gives a budget and a village status its year (a fiscal
    # year, a yearly index); other figures keep the month
    (MONTH_STORY, "1.200 KPM", ("2024-04", "2024-04")),
    (MONTH_STORY, "Rp 2,1 miliar", ("2024", "2024")),
    (MONTH_STORY, "12 desa", ("2024", "2024")),
]


# session 44 (real-extra101 i994, real-extra126 i1215): a change whose baseline no date
# states runs from the latest earlier date of its grain named up to three sentences before it
# (the level it changed from); with none, only its end is known
EARLIER = ("Kemiskinan Polman\nPada tahun 2022 jumlah keluarga miskin sebanyak 101.638 keluarga.\n"
           "Sementara pada tahun 2023 menurun jadi 91.887 keluarga.\nHal tersebut menunjukkan "
           "adanya penurunan sebanyak 9.751 keluarga.")
TIME_CASES += [
    (EARLIER, "9.751 keluarga", ("2022", "2023")),
    # a date no level of the unit has (a regent's first year, a launch) starts nothing
    ("Kemiskinan Garut\nBupati Garut menjabat sejak 2019. Pada 2023 jumlah penduduk miskin "
     "sebanyak 120.000 orang. Hal itu menunjukkan penurunan sebanyak 5.000 orang.",
     "5.000 orang", (None, "2023")),
    # the latest level of the unit, not the last date written
    ("Kemiskinan Garut\nPada September 2022 jumlah penduduk miskin sebanyak 130.000 orang, "
     "lebih rendah dari Maret 2022 yang 131.000 orang.\nSementara pada Maret 2023 menurun jadi "
     "125.000 orang.\nHal tersebut menunjukkan adanya penurunan sebanyak 5.000 orang.",
     "5.000 orang", ("2022-09", "2023-03")),
    ("Kemiskinan Polman 2023\nJumlah keluarga miskin turun sebanyak 9.751 keluarga.",
     "9.751 keluarga", (None, "2023")),
    # session 45 (real-extra dev i205): a date in a contrasting clause after the figure is
    # that clause's ("..., sedangkan 2004 sebesar 32,15%"), not the figure's
    ("Kemiskinan Sumut 2006\nPenduduk miskin tahun 2006 paling banyak di Nias Selatan yakni "
     "37,66% atau 102.072 jiwa, sedangkan 2004 sebesar 32,15%.", "32,15%", ("2004", "2004")),
    ("Kemiskinan Sumut\nPada 2006 penduduk miskin di Sumatera Utara naik. Persentase "
     "tertinggi di Kabupaten Nias Selatan yakni 37,66%, sedangkan 2004 sebesar 32,15%.",
     "37,66%", ("2006", "2006")),
    # ... but a date after the figure in its own clause still dates it
    ("Kemiskinan Sumut\nPersentase di Nias Selatan mencapai 37,66% pada 2006.", "37,66%",
     ("2006", "2006")),
    # ... and so does one that ends a parallel clause (review of session 45)
    ("Kemiskinan\nPada September 2023 kemiskinan naik. Persentase penduduk miskin perkotaan "
     "sebesar 9,15 persen, sedangkan di perdesaan sebesar 11,39 persen pada Maret 2024.",
     "9,15 persen", ("2024-03", "2024-03")),
]

@pytest.mark.parametrize(("text", "span", "expected"), TIME_CASES)
def test_time_slot(text: str, span: str, expected: tuple[str, str] | None) -> None:
    art = parse_article(text)
    rec = next(r for r in art.records if text[r.evidence.start : r.evidence.end] == span)
    got = (rec.time.start, rec.time.end) if rec.time and (rec.time.start or rec.time.end) else None
    assert got == expected, rec.why


def test_a_restated_figure_copies_the_time_of_the_statement_it_restates() -> None:
    """GUIDELINES R 23; bug caught in the wild (r058): the quote had only its end date."""
    text = ("Kemiskinan Sikka\nPenduduk miskin Sikka per Maret 2023 tercatat 43.210 orang atau "
            "bertambah sebanyak 1.150 orang dibandingkan dengan Maret 2022.\nKenaikan itu dipicu "
            "harga beras. Pemkab menyiapkan bantuan pangan. Pasar dipantau. Stok dicek.\n"
            "\"Penduduk miskin "
            "bertambah 1.150 orang per Maret 2023,\" ujarnya.")
    first, second = [r for r in parse_article(text).records if r.value == 1150]
    assert (first.time.start, first.time.end) == ("2022-03", "2023-03")
    assert second.time == first.time and second.why["time"] == "rule:restated"


def test_a_date_that_resolves_to_no_time_places_nothing() -> None:
    """'Rabu' (a day name, no date stamp) was taken as the clause's date and gave no time."""
    text = ("Bansos Cair\nKemensos mencairkan bansos tahap pertama pada April 2019.\n"
            "\"Dari jumlah tersebut, penerima lansia sebanyak 152.300 keluarga,\" ujar Mensos, "
            "Kamis.")
    rec = next(r for r in parse_article(text).records if r.value == 152300)
    assert rec.time is not None and (rec.time.start, rec.time.end) == ("2019-04", "2019-04")
