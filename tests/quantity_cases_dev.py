"""Development cases for ``find_quantities``: run as strict tests in ``test_quantities.py``.

Each case is ``(text, span, value, value_max, unit, qualifier)``; a text listed
several times expects several quantities, and ``span is None`` means the text
must yield no QUANTITY. ``WILD_BUGS`` are regressions from real sentences
(UD Indonesian corpora) that the first version got wrong.
"""

from __future__ import annotations

Case = tuple[str, "str | None", "float | None", "float | None", "str | None", "str | None"]

N = None

BRACKETS = ("Tertinggi yakni TTS (119,51 ribu orang), Sumba Barat Daya (101,40 ribu) dan Kupang "
            "(90,23 ribu).")
GINI = "Gini ratio di Sulawesi Tenggara (0,399) dan Papua Barat (0,386)."
PARALLEL = ("Ambang batas perkotaan dinaikkan menjadi 2,8 juta dong serta pendapatan perdesaan "
            "menjadi 2,2 juta dong per orang per bulan.")
PPP_RATE = "Garis kemiskinan ekstrem yang digunakan adalah US$ 1,9 PPP per hari atau setara Rp 5.000."
PPP_EQUALS = "Pada tahun 2021, nilai US$ 1,9 PPP = Rp. 11.941 per kapita per hari."
PER_ONE = "Jika satu keluarga di NTB terdapat 4 hingga 5 anggota keluarga, garisnya Rp1.578.008."

DEV_CASES: list[Case] = [
    # real pages: a bare number after its sentence's subject noun takes that noun; one that
    # ends the text may be cut off and is none (issue 11, class 7)
    ("Di perdesaan, penduduk miskinnya naik sekitar 5,6 ribu. Angkanya tinggi.", "5,6 ribu", 5600.0, N,
     "person", "about"),
    ("Enrekang (Persentase miskin 12,39 persen dan Penduduk miskin 26", "12,39 persen", 12.39, N,
     "%", N),
    # real pages: "% poin" is percentage points; a stray comma before a glued rate is in the
    # span (R 20); "per kapita bulan" leaves out the month's "per", "per orang tahun ini" does not
    ("Persentase 11,66%, turun 0,03% poin terhadap September 2020.", "11,66%", 11.66, N, "%", N),
    ("Persentase 11,66%, turun 0,03% poin terhadap September 2020.", "0,03% poin", 0.03, N, "pp", N),
    ("Garis kemiskinan sebesar Rp1.961.091,/rumah tangga miskin/bulan, tutupnya.",
     "Rp1.961.091,/rumah tangga miskin/bulan", 1961091.0, N, "IDR/household/month", N),
    ("Garis kemiskinan tercatat sebesar Rp489.954 per kapita bulan.", "Rp489.954", 489954.0, N,
     "IDR/person/month", N),
    ("Santunan Rp 200 ribu per orang tahun ini.", "Rp 200 ribu", 200000.0, N, "IDR/person", N),
    # session 18: "lebih" between a count and its noun is SPEC's "more than"; a qualifier
    # before the number wins; a comparative "lebih besar" is no quantity
    ("Masih terdapat 9 ribu lebih masyarakat miskin ekstrem.", "9 ribu lebih masyarakat", 9000.0,
     N, "person", "more_than"),
    ("Bantuan itu untuk 2 ribu lebih pelaku usaha.", "2 ribu lebih pelaku usaha", 2000.0, N,
     "pelaku usaha", "more_than"),
    ("Ditemukan setidaknya ada 800-an lebih pelajar yang putus sekolah.", "800-an lebih pelajar",
     800.0, N, "pelajar", "at_least"),
    ("Angkanya 300 lebih besar dari tahun lalu.", N, N, N, N, N),
    # a list of bracketed figures shares the first one's unit and scale
    (BRACKETS, "119,51 ribu orang", 119510.0, N, "person", N),
    (BRACKETS, "101,40 ribu", 101400.0, N, "person", N),
    (BRACKETS, "90,23 ribu", 90230.0, N, "person", N),
    (GINI, "0,399", 0.399, N, "point", N),
    (GINI, "0,386", 0.386, N, "point", N),
    # a count of one that a figure is given per is no statistic
    (PER_ONE, "4 hingga 5 anggota", 4.0, 5.0, "person", N),
    (PER_ONE, "Rp1.578.008", 1578008.0, N, "IDR", N),
    ("Untuk realisasi 1 unit rumah, Disperkim menganggarkan dana.", N, N, N, N, N),
    ("Bantuan diberikan kepada 1 keluarga di desa itu.", "1 keluarga", 1.0, N, "household", N),
    # a rate word with no SPEC or README code keeps its lower-case text (GUIDELINES 3)
    ("Kebun itu menghasilkan 100 juta VND per panen.", "100 juta VND", 1e8, N, "VND/panen", N),
    ("Instalasi berkapasitas 10 liter per detik.", "10 liter", 10.0, N, "liter/detik", N),
    # real pages: BPS's "per rumah tangga miskin per bulan" (the modifier inside the rate),
    # and a rate written twice in other words ("/kapita/orang") is one rate
    ("Garis kemiskinan rata-rata sebesar Rp3.644.712 per rumah tangga miskin per bulan.",
     "Rp3.644.712", 3644712.0, N, "IDR/household/month", N),
    ("Garis kemiskinan ditetapkan sebesar Rp 582.932/kapita/orang. Naik 5,9%.",
     "Rp 582.932/kapita/orang", 582932.0, N, "IDR/person", N),
    ("Garis kemiskinan ditetapkan sebesar Rp 582.932/kapita/orang. Naik 5,9%.", "5,9%", 5.9, N, "%", N),
    # real pages: a time flow after the counted noun's modifiers, or "dalam setahun", is a
    # rate; "dalam setahun terakhir" is a duration, and a stock stays a stock (GUIDELINES 3)
    ("Kami merenovasi sebanyak 2000 rumah dalam setahun bekerja sama.", "2000 rumah", 2000.0, N,
     "house/year", N),
    ("Target turun 0,5 persen dalam setahun bukan pekerjaan gampang.", "0,5 persen", 0.5, N,
     "%/year", N),
    ("Ia mampu menjual 50 ekor kambing komersial setiap tahun.", "50 ekor kambing", 50.0, N,
     "ekor kambing/year", N),
    ("Desa menerima 2-3 kelompok wisatawan setiap bulan.", "2-3 kelompok", 2.0, 3.0, "kelompok/month", N),
    ("Setiap KPM akan menerima sejumlah 10 kg beras/bulan.", "10 kg", 10.0, N, "kilogram/month", N),
    ("Nilai garis kemiskinan Rp397.944 per-kapita dalam kurun waktu satu bulan.", "Rp397.944",
     397944.0, N, "IDR/person/month", N),
    # "penerima manfaat": the span ends at the head noun (SPEC 2); "SR" is sambungan rumah
    ("Dana Rp 159 miliar cair di 531.000 penerima manfaat.", "Rp 159 miliar", 159e9, N, "IDR", N),
    ("Dana Rp 159 miliar cair di 531.000 penerima manfaat.", "531.000 penerima", 531000.0, N,
     "penerima", N),
    ("Kuota Kecamatan Penajam sebanyak 1.450 SR.", "1.450 SR", 1450.0, N, "sambungan", N),
    ("Jumlahnya turun dari 47 menjadi 29 anak dalam setahun terakhir.", "47", 47.0, N, "anak", N),
    ("Jumlahnya turun dari 47 menjadi 29 anak dalam setahun terakhir.", "29 anak", 29.0, N, "anak", N),
    ("Lahan 45 hektar sawah irigasi setiap tahun ditanami padi.", "45 hektar", 45.0, N, "hectare", N),
    ("Sebanyak 120 keluarga di desa itu setiap tahun menerima bantuan.", "120 keluarga", 120.0, N,
     "household", N),
    # real pages: a count paired with a share ("N atau P% desa") counts the share's noun
    ("Sebanyak 3.604 atau 66,6% desa berstatus sangat tertinggal.", "3.604", 3604.0, N, "village", N),
    ("Sebanyak 3.604 atau 66,6% desa berstatus sangat tertinggal.", "66,6%", 66.6, N, "%", N),
    # real pages: the rupiah dash before a glued rate, a rate noun with "miskin", the parts
    # of a split amount take the rate written on the whole (GUIDELINES R 19, R 20)
    ("Garis Kemiskinan sebesar Rp582.932,-/kapita/bulan.", "Rp582.932,-/kapita/bulan", 582932.0, N,
     "IDR/person/month", N),
    ("Rata-rata Rp2.786.415,-/rumah tangga miskin/bulan.", "Rp2.786.415,-/rumah tangga miskin/bulan",
     2786415.0, N, "IDR/household/month", N),
    ("Garis Kemiskinan Rp582.932/kapita/bulan dengan komposisi Makanan sebesar Rp433.906 dan Bukan "
     "Makanan Rp149.026.", "Rp582.932/kapita/bulan", 582932.0, N, "IDR/person/month", N),
    ("Garis Kemiskinan Rp582.932/kapita/bulan dengan komposisi Makanan sebesar Rp433.906 dan Bukan "
     "Makanan Rp149.026.", "Rp433.906", 433906.0, N, "IDR/person/month", N),
    ("Garis Kemiskinan Rp582.932/kapita/bulan dengan komposisi Makanan sebesar Rp433.906 dan Bukan "
     "Makanan Rp149.026.", "Rp149.026", 149026.0, N, "IDR/person/month", N),
    # --- digit formats and scale words ----------------------------------------------
    ("Total rencana modal adalah 1.149.183 juta VND.", "1.149.183 juta VND", 1149183e6, N, "VND", N),
    ("Anggaran pusat telah menginvestasikan lebih dari 1.167 miliar VND di daerah.", "1.167 miliar VND", 1167e9, N, "VND", "more_than"),
    ("Garis kemiskinan ditetapkan Rp582.932 per kapita per bulan.", "Rp582.932", 582932.0, N, "IDR/person/month", N),
    ("Pemerintah menyiapkan Rp 1,2 triliun untuk bansos.", "Rp 1,2 triliun", 1.2e12, N, "IDR", N),
    ("Bantuan tunai sebesar Rp 2.800.000 diberikan kepada setiap KPM.", "Rp 2.800.000", 2.8e6, N, "IDR", N),
    ("Upah harian buruh tani naik menjadi Rp. 75.000.", "Rp. 75.000", 75e3, N, "IDR", N),
    # GUIDELINES R 20: the rupiah dash ",-" is part of the amount
    ("Harga beras medium Rp 12.500,- per kg di pasar.", "Rp 12.500,-", 12500.0, N, "IDR/kilogram", N),
    ("Dana yang terserap baru Rp 500 jt.", "Rp 500 jt", 500e6, N, "IDR", N),
    ("Honor pendamping Rp 750 rb sebulan.", "Rp 750 rb", 750e3, N, "IDR/month", N),
    ("Proyek jalan itu menelan Rp 2,5 M.", "Rp 2,5 M", 2.5e9, N, "IDR", N),
    ("Total belanja daerah mencapai Rp2T tahun ini.", "Rp2T", 2e12, N, "IDR", N),
    ("Pinjaman Bank Dunia sebesar USD 300 juta disetujui.", "USD 300 juta", 300e6, N, "USD", N),
    ("Rasio kemiskinan turun menjadi 0,5 persen.", "0,5 persen", 0.5, N, "%", N),
    ("Sebanyak 2.800.000 jiwa masih hidup di bawah garis kemiskinan.", "2.800.000 jiwa", 2.8e6, N, "person", N),
    ("Penduduk miskin bertambah 50rb orang.", "50rb orang", 50e3, N, "person", N),
    ("Tingkat kemiskinan provinsi tercatat 12,2 %.", "12,2 %", 12.2, N, "%", N),
    # --- number words, fractions, vague plurals -------------------------------------
    ("Setidaknya satu anggota usia kerja memiliki pekerjaan.", "satu anggota", 1.0, N, "person", "at_least"),
    ("Komune itu memiliki setidaknya dua produk OCOP lagi.", "dua produk", 2.0, N, "product", "at_least"),
    ("Sebanyak seratus rumah tangga menerima sapi.", "seratus rumah tangga", 100.0, N, "household", N),
    ("Seribu warga hadir dalam acara itu.", "Seribu warga", 1000.0, N, "person", N),
    ("Sekitar setengah juta penduduk tinggal di daerah rawan.", "setengah juta penduduk", 5e5, N, "person", "about"),
    ("Dana desa naik sebelas persen.", "sebelas persen", 11.0, N, "%", N),
    ("Lebih dari separuhnya merupakan rumah tangga miskin.", "separuh", 50.0, N, "%", "more_than"),
    ("Separuh dari anggaran dipakai untuk infrastruktur.", "Separuh", 50.0, N, "%", N),
    ("Sepertiga penduduk desa adalah petani.", "Sepertiga", 33.33, N, "%", N),
    ("Seperempat dari dana tersebut belum cair.", "Seperempat", 25.0, N, "%", N),
    ("Puluhan keluarga kehilangan tempat tinggal.", "Puluhan keluarga", 10.0, N, "household", "more_than"),
    ("Ratusan juta rupiah disalurkan untuk korban banjir.", "Ratusan juta rupiah", 1e8, N, "IDR", "more_than"),
    ("Jutaan orang terdampak kenaikan harga pangan.", "Jutaan orang", 1e6, N, "person", "more_than"),
    ("Inflasi hanya setengah persen.", "setengah persen", 0.5, N, "%", N),
    # --- ranges ---------------------------------------------------------------------
    # "kisaran" names a range, not a qualifier (SPEC lists no such word).
    ("Target kemiskinan ada di kisaran 6,5–7,5 persen.", "6,5–7,5 persen", 6.5, 7.5, "%", N),
    ("Keuntungan sebesar 30-50 juta VND/rumah tangga setiap tahunnya.", "30-50 juta VND/rumah tangga", 30e6, 50e6, "VND/household/year", N),
    ("Provinsi akan menurunkan angka kemiskinan sebesar 1–1,5% per tahun.", "1–1,5%", 1.0, 1.5, "%/year", N),
    ("Pertumbuhan ditargetkan 6,5% hingga 7,5%.", "6,5% hingga 7,5%", 6.5, 7.5, "%", N),
    ("Biaya per rumah antara 40 dan 60 juta rupiah.", "40 dan 60 juta rupiah", 40e6, 60e6, "IDR", N),
    ("Setiap desa menerima Rp 800 juta sampai Rp 1 miliar.", "Rp 800 juta sampai Rp 1 miliar", 800e6, 1e9, "IDR", N),
    ("Sebanyak 3-4% rumah tangga miskin etnis minoritas.", "3-4%", 3.0, 4.0, "%", N),
    ("Bantuan untuk 200 s.d. 300 keluarga.", "200 s.d. 300 keluarga", 200.0, 300.0, "household", N),
    ("Kenaikan 5 - 7 persen dianggap wajar.", "5 - 7 persen", 5.0, 7.0, "%", N),
    # --- before/after pairs and elided nouns ----------------------------------------
    ("Mengurangi rumah tangga miskin dari 117 menjadi 52 rumah tangga miskin.", "117", 117.0, N, "household", N),
    ("Mengurangi rumah tangga miskin dari 117 menjadi 52 rumah tangga miskin.", "52 rumah tangga", 52.0, N, "household", N),
    ("Angka kemiskinan turun dari 10,29% menjadi 5,46% pada akhir tahun 2024.", "10,29%", 10.29, N, "%", N),
    ("Angka kemiskinan turun dari 10,29% menjadi 5,46% pada akhir tahun 2024.", "5,46%", 5.46, N, "%", N),
    ("Jumlah desa tertinggal berkurang dari 45 desa menjadi 30.", "45 desa", 45.0, N, "village", N),
    ("Jumlah desa tertinggal berkurang dari 45 desa menjadi 30.", "30", 30.0, N, "village", N),
    ("Di mana jumlah rumah tangga etnis minoritas adalah 417.", "417", 417.0, N, "household", N),
    ("Jumlah penduduk miskin tercatat sebanyak 1,2 juta.", "1,2 juta", 1.2e6, N, "person", N),
    ("Penduduk miskin naik dari 1,2 menjadi 1,5 juta orang.", "1,2", 1.2e6, N, "person", N),
    ("Penduduk miskin naik dari 1,2 menjadi 1,5 juta orang.", "1,5 juta orang", 1.5e6, N, "person", N),
    # --- counted nouns --------------------------------------------------------------
    ("Selama periode 2021-2024, 922 rumah untuk rumah tangga miskin dibangun.", "922 rumah", 922.0, N, "house", N),
    ("Hampir 300 model mata pencaharian dikembangkan.", "300 model", 300.0, N, "model", "nearly"),
    ("Sebanyak 391 proyek mata pencaharian telah dilaksanakan.", "391 proyek", 391.0, N, "project", N),
    ("Pemerintah membangun 120 proyek di bidang transportasi.", "120 proyek", 120.0, N, "project", N),
    ("Program memperbaiki 1.050 RTLH tahun ini.", "1.050 RTLH", 1050.0, N, "house", N),
    ("Penerima PKH mencapai 10 juta KPM.", "10 juta KPM", 10e6, N, "household", N),
    ("Bantuan menjangkau 2.340 KK miskin.", "2.340 KK", 2340.0, N, "household", N),
    ("Pelatihan diikuti 540 tenaga kerja lokal.", "540 tenaga kerja", 540.0, N, "worker", N),
    ("Ada 4 desa yang belum memiliki jaringan listrik.", "4 desa", 4.0, N, "village", N),
    ("Lahan seluas 45 hektar untuk beras ketan setiap tahun.", "45 hektar", 45.0, N, "hectare", N),
    ("Sawah seluas 1.200 ha mengalami kekeringan.", "1.200 ha", 1200.0, N, "hectare", N),
    ("Jalan desa sepanjang 35 kilometer dibangun.", "35 kilometer", 35.0, N, "km", N),
    ("Bank menyalurkan 12.000 pinjaman lunak.", "12.000 pinjaman", 12e3, N, "loan", N),
    ("Sebanyak 56 sekolah dasar direhabilitasi.", "56 sekolah", 56.0, N, "school", N),
    ("Program menjangkau 34 provinsi dan 514 kabupaten.", "34 provinsi", 34.0, N, "province", N),
    ("Program menjangkau 34 provinsi dan 514 kabupaten.", "514 kabupaten", 514.0, N, "regency", N),
    ("Sebanyak 12 kelurahan dan 3 kecamatan terdampak.", "12 kelurahan", 12.0, N, "village", N),
    ("Sebanyak 12 kelurahan dan 3 kecamatan terdampak.", "3 kecamatan", 3.0, N, "district", N),
    ("Sebanyak 15 komune keluar dari daftar komune miskin.", "15 komune", 15.0, N, "commune", N),
    ("Petani menerima 500 ekor kambing.", "500 ekor kambing", 500.0, N, "ekor kambing", N),
    ("Sebanyak 80 unit rumah layak huni diserahkan.", "80 unit rumah", 80.0, N, "house", N),
    ("Ada 35 penyuluh yang dikerahkan.", "35 penyuluh", 35.0, N, "penyuluh", N),
    ("Sebanyak 1.300 petani kopi mendapat bibit.", "1.300 petani", 1300.0, N, "petani", N),
    ("Sebanyak 12 rumah sakit rujukan disiapkan.", "12 rumah sakit", 12.0, N, "rumah sakit", N),
    # --- percentage points, points, times -------------------------------------------
    ("Kemiskinan turun 0,46 persen poin dibanding tahun lalu.", "0,46 persen poin", 0.46, N, "pp", N),
    ("Tingkat pengangguran 5,3%, turun 0,6 poin dari tahun lalu.", "5,3%", 5.3, N, "%", N),
    ("Tingkat pengangguran 5,3%, turun 0,6 poin dari tahun lalu.", "0,6 poin", 0.6, N, "pp", N),
    ("Indeks harga saham naik 12 poin.", "12 poin", 12.0, N, "point", N),
    ("Pendapatan per kapita akan menjadi 1,6 kali lebih tinggi daripada tahun 2025.", "1,6 kali", 1.6, N, "times", N),
    ("Harga pupuk naik tiga kali lipat.", "tiga kali", 3.0, N, "times", N),  # R 12: the span ends at "kali"
    ("Produksi meningkat 2 kali dibanding tahun lalu.", "2 kali", 2.0, N, "times", N),
    # --- rates ----------------------------------------------------------------------
    ("Pendapatan anggaran naik lebih dari 10%/tahun.", "10%/tahun", 10.0, N, "%/year", "more_than"),
    ("Garis kemiskinan Rp550.458,00/kapita/bulan.", "Rp550.458,00/kapita/bulan", 550458.0, N, "IDR/person/month", N),
    ("Pendapatan rata-rata 2,8 juta dong (sekitar Rp1,8 juta) per bulan.", "2,8 juta dong", 2.8e6, N, "VND/month", N),
    ("Pendapatan rata-rata 2,8 juta dong (sekitar Rp1,8 juta) per bulan.", "Rp1,8 juta", 1.8e6, N, "IDR/month", "about"),
    ("Standar kemiskinan 1,5 juta VND atau setara Rp 1 juta per orang per bulan.", "1,5 juta VND", 1.5e6, N, "VND/person/month", N),
    ("Standar kemiskinan 1,5 juta VND atau setara Rp 1 juta per orang per bulan.", "Rp 1 juta", 1e6, N, "IDR/person/month", N),
    ("Subsidi Rp 150.000 tiap bulan disalurkan lewat kantor pos.", "Rp 150.000", 150e3, N, "IDR/month", N),
    ("Produktivitas padi 6 ton per hektar.", "6 ton", 6.0, N, "ton/hectare", N),
    ("Pendapatan meningkat setidaknya 30% dan keuntungan 30-50 juta VND/rumah tangga setiap tahunnya.", "30%", 30.0, N, "%", "at_least"),
    ("Pendapatan meningkat setidaknya 30% dan keuntungan 30-50 juta VND/rumah tangga setiap tahunnya.", "30-50 juta VND/rumah tangga", 30e6, 50e6, "VND/household/year", N),
    # --- qualifiers -----------------------------------------------------------------
    ("Kemiskinan wilayah etnis minoritas berkurang hampir 8,7%.", "8,7%", 8.7, N, "%", "nearly"),
    ("Sebanyak 391 proyek telah dilaksanakan.", "391 proyek", 391.0, N, "project", N),
    ("Kira-kira 600 keluarga pindah ke hunian baru.", "600 keluarga", 600.0, N, "household", "about"),
    ("Angka kemiskinan di bawah 5 persen.", "5 persen", 5.0, N, "%", "less_than"),
    ("Bantuan paling banyak Rp 10 juta per usaha.", "Rp 10 juta", 10e6, N, "IDR/usaha", "at_most"),
    ("Pengungsi mencapai 12 ribu jiwa lebih.", "12 ribu jiwa", 12e3, N, "person", "more_than"),
    ("Peserta berusia 60 tahun ke atas tidak dihitung, tetapi 200 orang lebih hadir.", "200 orang", 200.0, N, "person", "more_than"),
    ("Target penurunan kemiskinan ± 2% per tahun.", "2%", 2.0, N, "%/year", "about"),
    ("Provinsi menurunkan angka kemiskinan hingga 4,65% pada akhir tahun 2025.", "4,65%", 4.65, N, "%", N),
    ("Sebanyak kurang lebih 700 rumah tangga keluar dari kemiskinan.", "700 rumah tangga", 700.0, N, "household", "about"),
    # --- must yield no QUANTITY -----------------------------------------------------
    ("Program Target Nasional periode 2021-2025 dilaksanakan di seluruh provinsi.", N, N, N, N, N),
    ("Dari tahun 2026 hingga 2030, provinsi akan terus berupaya.", N, N, N, N, N),
    ("Ia bekerja di sana selama lima tahun.", N, N, N, N, N),
    ("Pelatihan berlangsung 10 hari di balai desa.", N, N, N, N, N),
    ("Pertemuan digelar dua kali setahun.", N, N, N, N, N),
    ("Ini adalah tahap ke-2 dari program tersebut.", N, N, N, N, N),
    ("Peraturan Pemerintah Nomor 39 Tahun 2023 mengatur hal itu.", N, N, N, N, N),
    ("Sesuai Pasal 5 ayat 2 undang-undang tersebut.", N, N, N, N, N),
    ("Rapat dimulai pukul 09.00 WIB di kantor bupati.", N, N, N, N, N),
    ("Informasi hubungi 021-5551234 atau 08123456789.", N, N, N, N, N),
    ("Lihat www.bps.go.id/pressrelease/2024/07/01/2370 untuk rinciannya.", N, N, N, N, N),
    ("Wabah Covid-19 memperlambat program.", N, N, N, N, N),
    ("Thuong Quan adalah salah satu komune yang tidak digabung.", N, N, N, N, N),
    ("Pada 18 Januari 2022 data itu dirilis.", N, N, N, N, N),
    ("Rilis BPS (15/7) menunjukkan perbaikan.", N, N, N, N, N),
    ("Komentar (0)", N, N, N, N, N),
    ("Kedua pihak sepakat bekerja sama.", N, N, N, N, N),
    ("Ada dua hal yang perlu diperhatikan.", N, N, N, N, N),
    ("Ia tinggal di Jl. Merdeka 45 bersama keluarganya.", N, N, N, N, N),
    ("Tim G20 membahas pendanaan iklim.", N, N, N, N, N),
    ("Masalah ini diselesaikan setengah hati.", N, N, N, N, N),
    ("Proyek itu tertunda setengah tahun.", N, N, N, N, N),
    ("Satu-satunya jalan adalah kerja keras.", N, N, N, N, N),
    ("1. Penguatan kelembagaan desa", N, N, N, N, N),
    # --- caught on the project's batch-E articles (new sentences, same shapes) -------
    ("Angka itu lebih rendah dari Maret 2024 yang berada di level 14,2 persen.", "14,2 persen", 14.2, N, "%", N),
    ("Provinsi tertinggi: Maluku – 5,1 persen.", "5,1 persen", 5.1, N, "%", N),
    ("Beberapa kabupaten menambah Rp3–5 juta per rumah.", "Rp3–5 juta", 3e6, 5e6, "IDR/house", N),
    ("Gini Ratio Maret 2024 tercatat 0,379.", "0,379", 0.379, N, "point", N),
    ("Hingga akhir 2024, 312 dari 640 desa sudah memiliki BUMDes.", "312", 312.0, N, "village", N),
    ("Hingga akhir 2024, 312 dari 640 desa sudah memiliki BUMDes.", "640 desa", 640.0, N, "village", N),
    ("Dari 210 rumah tangga di dusun itu, 64 masih miskin.", "210 rumah tangga", 210.0, N, "household", N),
    ("Dari 210 rumah tangga di dusun itu, 64 masih miskin.", "64", 64.0, N, "household", N),
    # session 43 (real-extra121 .. -124 classes): a Gini list going on past the sentence that
    # names the ratio; a bare count with its share takes the sentence's last counted noun
    ('Ada enam provinsi dengan rasio gini di atas nasional. Mulai dari Bali 0,428, Riau 0,411.', 'enam provinsi', 6.0, N, 'province', N),
    ('Ada enam provinsi dengan rasio gini di atas nasional. Mulai dari Bali 0,428, Riau 0,411.', '0,428', 0.428, N, 'point', N),
    ('Ada enam provinsi dengan rasio gini di atas nasional. Mulai dari Bali 0,428, Riau 0,411.', '0,411', 0.411, N, 'point', N),
    ('Rasio gini naik di dua provinsi. Kemudian, Jambi naik dari 0,318 menjadi 0,325.', 'dua provinsi', 2.0, N, 'province', N),
    ('Rasio gini naik di dua provinsi. Kemudian, Jambi naik dari 0,318 menjadi 0,325.', '0,318', 0.318, N, 'point', N),
    ('Rasio gini naik di dua provinsi. Kemudian, Jambi naik dari 0,318 menjadi 0,325.', '0,325', 0.325, N, 'point', N),
    ('Dari 3.120 desa di provinsi itu, sebanyak 1.406 atau 45,06 persen masih tertinggal.', '3.120 desa', 3120.0, N, 'village', N),
    ('Dari 3.120 desa di provinsi itu, sebanyak 1.406 atau 45,06 persen masih tertinggal.', '1.406', 1406.0, N, 'village', N),
    ('Dari 3.120 desa di provinsi itu, sebanyak 1.406 atau 45,06 persen masih tertinggal.', '45,06 persen', 45.06, N, '%', N),
    ('Tersebar di Kabupaten Alor 41.210 jiwa atau 20,1%, Kabupaten Rote 12.880 atau 9,7%.', '41.210 jiwa', 41210.0, N, 'person', N),
    ('Tersebar di Kabupaten Alor 41.210 jiwa atau 20,1%, Kabupaten Rote 12.880 atau 9,7%.', '20,1%', 20.1, N, '%', N),
    ('Tersebar di Kabupaten Alor 41.210 jiwa atau 20,1%, Kabupaten Rote 12.880 atau 9,7%.', '12.880', 12880.0, N, 'person', N),
    ('Tersebar di Kabupaten Alor 41.210 jiwa atau 20,1%, Kabupaten Rote 12.880 atau 9,7%.', '9,7%', 9.7, N, '%', N),
    # a rate inside the first amount's span goes to the contrasted second (real-extra120);
    # an amount of another magnitude is another thing
    ('Untuk daerah perkotaan, garis kemiskinan sebesar Rp512.300/kapita/bulan dan untuk daerah perdesaan sebesar Rp470.115.', 'Rp512.300/kapita/bulan', 512300.0, N, 'IDR/person/month', N),
    ('Untuk daerah perkotaan, garis kemiskinan sebesar Rp512.300/kapita/bulan dan untuk daerah perdesaan sebesar Rp470.115.', 'Rp470.115', 470115.0, N, 'IDR/person/month', N),
    ('Bantuan Rp5 juta per unit dan untuk biaya pengawasan sebesar Rp2 miliar.', 'Rp5 juta', 5000000.0, N, 'IDR/unit', N),
    ('Bantuan Rp5 juta per unit dan untuk biaya pengawasan sebesar Rp2 miliar.', 'Rp2 miliar', 2000000000.0, N, 'IDR', N),
    # a percentage with a position word names a group, head word or not (real-extra123);
    # "tertinggi" alone ranks a figure
    ('Pengeluaran per kapita 40 persen terbawah naik 2,97 persen, 40 persen menengah naik 3,4 persen, dan 20 persen teratas 1,28 persen.', '2,97 persen', 2.97, N, '%', N),
    ('Pengeluaran per kapita 40 persen terbawah naik 2,97 persen, 40 persen menengah naik 3,4 persen, dan 20 persen teratas 1,28 persen.', '3,4 persen', 3.4, N, '%', N),
    ('Pengeluaran per kapita 40 persen terbawah naik 2,97 persen, 40 persen menengah naik 3,4 persen, dan 20 persen teratas 1,28 persen.', '1,28 persen', 1.28, N, '%', N),
    ('Angka itu 12 persen tertinggi di Jawa.', '12 persen', 12.0, N, '%', N),
    # a count of kinds or criteria names how a thing is sorted (R 38, session 43); plots of
    # land ("bidang") are counted
    ('Rumah bantuan harus memenuhi 3 kriteria, yakni lantai, dinding dan atap.', None, None, N, None, N),
    ('Penerima dibagi menjadi 2 kategori menurut desilnya.', None, None, N, None, N),
    ('Program PTSL tahun ini menargetkan 2.000 bidang.', '2.000 bidang', 2000.0, N, 'bidang', N),
    ('Distribusi pengeluaran pada kelompok 40 persen penduduk terbawah sebesar 17,93 persen.', '17,93 persen', 17.93, N, '%', N),
    ('Kelompok 20 persen ke atas naik 1,2 persen.', '1,2 persen', 1.2, N, '%', N),
    ('Perilaku masyarakat 40 persen lapisan ke bawah, 40 persen lapisan menengah, dan 20 persen lapisan atas berbeda.', None, None, N, None, N),
    # a thousands dot typed with a space after it (real-extra60 i439, -118 i1132)
    ('Rinciannya Kebumen 478 unit, Batang 1. 461 unit, dan Wonosobo 90 unit.', '478 unit', 478.0, N, 'unit', N),
    ('Rinciannya Kebumen 478 unit, Batang 1. 461 unit, dan Wonosobo 90 unit.', '1. 461 unit', 1461.0, N, 'unit', N),
    ('Rinciannya Kebumen 478 unit, Batang 1. 461 unit, dan Wonosobo 90 unit.', '90 unit', 90.0, N, 'unit', N),
    # two-word household nouns (real-extra110 i1098, real-extra74 i634)
    ('Bantuan diberikan kepada 3.080 Kartu Keluarga dan 130.000 kepala rumah tangga.', '3.080 Kartu Keluarga', 3080.0, N, 'household', N),
    ('Bantuan diberikan kepada 3.080 Kartu Keluarga dan 130.000 kepala rumah tangga.', '130.000 kepala rumah tangga', 130000.0, N, 'household', N),
    # a rate in brackets right after the amount (real-extra105 i1065, real-extra37 i326)
    ('BBM solar kan Rp 5.100 (per liter), di pesisir bisa Rp 10.000 (per liter).', 'Rp 5.100', 5100.0, N, 'IDR/liter', N),
    ('BBM solar kan Rp 5.100 (per liter), di pesisir bisa Rp 10.000 (per liter).', 'Rp 10.000', 10000.0, N, 'IDR/liter', N),
    ('Biasanya Rp 150 ribu (per bulan), tapi ya putus-putus.', 'Rp 150 ribu', 150000.0, N, 'IDR/month', N),
    # a rate written once on a list of named amounts of one magnitude (real-extra67 i603,
    # -45 i370); an amount of another magnitude is another thing
    ('Pemkab menyediakan Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta, dan PT Mon Jambe sekitar Rp100 juta.', 'Rp90 juta', 90000000.0, N, 'IDR/unit', N),
    ('Pemkab menyediakan Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta, dan PT Mon Jambe sekitar Rp100 juta.', 'Rp115 juta', 115000000.0, N, 'IDR/unit', N),
    ('Pemkab menyediakan Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta, dan PT Mon Jambe sekitar Rp100 juta.', 'Rp105 juta', 105000000.0, N, 'IDR/unit', N),
    ('Pemkab menyediakan Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta, dan PT Mon Jambe sekitar Rp100 juta.', 'Rp100 juta', 100000000.0, N, 'IDR/unit', 'about'),
    ('Garis kemiskinan tertinggi sebesar Rp.743.721 diikuti Kota Tual Rp.722.498 dan Kota Ambon Rp.716.560 per kapita per bulan.', 'Rp.743.721', 743721.0, N, 'IDR/person/month', N),
    ('Garis kemiskinan tertinggi sebesar Rp.743.721 diikuti Kota Tual Rp.722.498 dan Kota Ambon Rp.716.560 per kapita per bulan.', 'Rp.722.498', 722498.0, N, 'IDR/person/month', N),
    ('Garis kemiskinan tertinggi sebesar Rp.743.721 diikuti Kota Tual Rp.722.498 dan Kota Ambon Rp.716.560 per kapita per bulan.', 'Rp.716.560', 716560.0, N, 'IDR/person/month', N),
    ('Anggaran Rp 5 juta per desa, Kota Batu Rp 50 miliar.', 'Rp 5 juta', 5000000.0, N, 'IDR/village', N),
    ('Anggaran Rp 5 juta per desa, Kota Batu Rp 50 miliar.', 'Rp 50 miliar', 50000000000.0, N, 'IDR', N),
    # a from-to pair begun by a share: the bare decimal after "menjadi" is a share too
    # (real-extra80 i688)
    ('Angka kemiskinan ekstrimnya turun dari sebesar 9,52% di tahun 2021, menjadi 2,78 di tahun 2022.', '9,52%', 9.52, N, '%', N),
    ('Angka kemiskinan ekstrimnya turun dari sebesar 9,52% di tahun 2021, menjadi 2,78 di tahun 2022.', '2,78', 2.78, N, '%', N),
    ('Pemerintah menargetkan pertumbuhan ekonomi 5 persen ke atas.', '5 persen', 5.0, N, '%', 'at_least'),
    ('Usulan kenaikan upah 10 persen tengah dibahas DPRD.', '10 persen', 10.0, N, '%', N),
    # ... past a sentence with no index word (the 400-character window)
    ('Rasio gini Papua tercatat tinggi pada Maret 2024. Di bawahnya ada beberapa provinsi di Jawa yang juga tinggi, antara lain Jawa Barat dan Jawa Timur. Kemudian menyusul Gorontalo 0,417, Sulawesi Tenggara 0,389.', '0,417', 0.417, N, 'point', N),
    ('Rasio gini Papua tercatat tinggi pada Maret 2024. Di bawahnya ada beberapa provinsi di Jawa yang juga tinggi, antara lain Jawa Barat dan Jawa Timur. Kemudian menyusul Gorontalo 0,417, Sulawesi Tenggara 0,389.', '0,389', 0.389, N, 'point', N),
    ("Ada 40 rumah tangga meminjam, dan 25 di antaranya sudah lunas.", "40 rumah tangga", 40.0, N, "household", N),
    ("Ada 40 rumah tangga meminjam, dan 25 di antaranya sudah lunas.", "25", 25.0, N, "household", N),
    ("Program itu menjangkau 5.000 keluarga penerima manfaat.", "5.000 keluarga", 5000.0, N, "household", N),
    ("Pemkab merehabilitasi 300 rumah tidak layak huni.", "300 rumah", 300.0, N, "house", N),
]

# Regressions from real sentences (UD Indonesian GSD/CSUI/PUD) that an early version got wrong.
WILD_BUGS: list[Case] = [
    # Scale written once on a range of two Rp amounts.
    ("Penerimaan negara hanya Rp39 hingga Rp40 triliun.", "Rp39 hingga Rp40 triliun", 39e12, 40e12, "IDR", N),
    # Exchange-rate shorthand is not a range.
    ("Euro dikutip pada 12,936-2941 dolar dan 154,66-71 yen.", N, N, N, N, N),
    # A model name split by a spaced hyphen; "bisa" is no counted noun.
    ("Bidikan belakang AK - 47 bisa diatur.", N, N, N, N, N),
    # "atau lebih" after the unit.
    ("Pemegang saham lima persen atau lebih PT Mobile-8.", "lima persen", 5.0, N, "%", "at_least"),
    # An amount of money after "level" (an identifier word) is still money; exchange rate unit.
    ("Rupiah melemah ke level Rp9.100 per dolar AS.", "Rp9.100", 9100.0, N, "IDR/USD", N),
    # Basis points are not percentage points even in a sentence with %.
    ("BI rate turun 25 basis poin menjadi 9 persen.", "25 basis poin", 25.0, N, "bp", N),
    ("BI rate turun 25 basis poin menjadi 9 persen.", "9 persen", 9.0, N, "%", N),
    # A large count of "kali" is a frequency, not a multiple.
    ("Frekuensi perdagangan mencapai 2.343 kali dengan nilai Rp424 miliar.", "Rp424 miliar", 424e9, N, "IDR", N),
    # "ton" is a unit, not a classifier; qualifier before a filler word.
    ("Pabrik menghasilkan minimal sebanyak 23.100 ton minyak sawit.", "23.100 ton", 23100.0, N, "ton", "at_least"),
    # "plus" is not a counted noun.
    ("Pertumbuhan 5 plus minus 0,5 persen.", "0,5 persen", 0.5, N, "%", N),
]


# Cases added while reading the project's dev split (flows per year, houses counted
# as "unit", bare index values).
DEV_CASES_FROM_GOLD_DEV: list[Case] = [
    ("Program ini melatih 15.000 pekerja setiap tahun.", "15.000 pekerja", 15000.0, None, "worker/year", None),
    ("Target renovasi rumah tidak layak huni mencapai 20.000 unit per tahun.", "20.000 unit", 20000.0, None, "house/year", None),
    ("Sebanyak 87 unit RTLH telah selesai diperbaiki.", "87 unit", 87.0, None, "house", None),
    ("Indeks Kedalaman Kemiskinan (P1) turun dari 1,53 menjadi 1,46.", "1,53", 1.53, None, "point", None),
    ("Indeks Kedalaman Kemiskinan (P1) turun dari 1,53 menjadi 1,46.", "1,46", 1.46, None, "point", None),
    ("Lahan seluas 45 hektar dipertahankan setiap tahun.", "45 hektar", 45.0, None, "hectare", None),
]

DEV_CASES += DEV_CASES_FROM_GOLD_DEV

# Session 19, real-page classes: a "per" before a date says "as of", not a rate; a slash rate
# after a "per" rate; the second of a from-to pair takes the first's rate, a percent partner
# gives its unit to a bare "dari" figure (never across "atau", where the count is a share's
# noun); a bare scaled figure repeats the previous figure's unit; a dated twin after "dan".
TWO_SCALED = ("Penduduk miskin tercatat 2,11 juta jiwa pada 2024, turun dari 2023 yang sebesar "
              "2,19 juta dan di tahun 2022 yang sebesar 2,25 juta.")
COMMA_RATE = ("Warga dengan pendapatan 2.800.000 VND, atau setara Rp 1,8 juta, per bulan masuk "
              "kategori miskin.")
GINI_POINTS = "Angka ini turun sebesar 0,006 poin dibanding Maret 2023 yang sebesar 0,361."
YEAR_LIST = "Angkanya menurun, yakni pada 2021 sebesar 8,12, 2022 turun menjadi 7,80 persen."
DEV_CASES += [
    ("Penduduknya berjumlah 97 juta orang per tahun 2019, kata dia.", "97 juta orang", 97e6, N,
     "person", N),
    ("Jumlahnya 1.200 keluarga per Maret 2024.", "1.200 keluarga", 1200.0, N, "household", N),
    ("Santunan Rp 300 ribu per tahun bagi lansia.", "Rp 300 ribu", 300000.0, N, "IDR/year", N),
    ("Pengeluaran di bawah Rp1.104.500 per keluarga/bulan tergolong miskin.", "Rp1.104.500",
     1104500.0, N, "IDR/household/month", "less_than"),
    ("Garis kemiskinan naik dari Rp498.120 per kapita per bulan pada 2023, menjadi Rp512.044 "
     "di 2024.", "Rp512.044", 512044.0, N, "IDR/person/month", N),
    ("Garis kemiskinan naik dari Rp498.120 per kapita per bulan pada 2023, menjadi Rp512.044 "
     "di 2024.", "Rp498.120", 498120.0, N, "IDR/person/month", N),
    ("Angkanya turun dari tahun lalu sebesar 6,42 menjadi 5,97% pada tahun ini.", "5,97%", 5.97,
     N, "%", N),
    ("Sebanyak 1.120 atau 38,5% desa sudah mandiri.", "38,5%", 38.5, N, "%", N),
    (TWO_SCALED, "2,11 juta jiwa", 2.11e6, N, "person", N),
    ("Pada 2022 angkanya sebesar 6,12 dan tahun 2023 sebesar 5,88 persen.", "5,88 persen", 5.88,
     N, "%", N),
    ("Angkanya turun dari tahun lalu sebesar 6,42 menjadi 5,97% pada tahun ini.", "6,42", 6.42, N,
     "%", N),
    ("Sebanyak 1.120 atau 38,5% desa sudah mandiri.", "1.120", 1120.0, N, "village", N),
    (TWO_SCALED, "2,19 juta", 2.19e6, N, "person", N),
    (TWO_SCALED, "2,25 juta", 2.25e6, N, "person", N),
    ("Pada 2022 angkanya sebesar 6,12 dan tahun 2023 sebesar 5,88 persen.", "6,12", 6.12, N,
     "%", N),
    ("Dibandingkan 2018 penduduk miskin di kabupaten ini berkurang.", N, N, N, N, N),
    # a time rate after a comma belongs to the amounts before it; an "as of" date does not
    (COMMA_RATE, "2.800.000 VND", 2800000.0, N, "VND/month", N),
    (COMMA_RATE, "Rp 1,8 juta", 1800000.0, N, "IDR/month", N),
    ("Jumlahnya 1.200 keluarga, per Maret 2024.", "1.200 keluarga", 1200.0, N, "household", N),
    # a bare decimal after a change in index points is the index's value; a year list of
    # levels shares the unit of the figure it runs into
    (GINI_POINTS, "0,006 poin", 0.006, N, "point", N),
    (GINI_POINTS, "0,361", 0.361, N, "point", N),
    (YEAR_LIST, "8,12", 8.12, N, "%", N),
    (YEAR_LIST, "7,80 persen", 7.8, N, "%", N),
    # a bare number without a scale word repeats nothing
    ("Bantuan itu untuk 300 keluarga, sisanya 25 menyusul.", "300 keluarga", 300.0, N,
     "household", N),
    # session 20: a classifier with no noun after it counts the noun named before it in the
    # sentence; none before it, the classifier alone
    ("Keluarga itu memelihara kerbau paling banyak, yaitu 14 ekor, di lereng bukit.", "14 ekor",
     14.0, N, "ekor kerbau", N),
    ("Kawanan bebek milik Ibu Lan kini bertambah menjadi hampir 120 ekor.", "120 ekor", 120.0,
     N, "ekor bebek", "nearly"),
    ("Peternak itu kini punya 35 ekor.", "35 ekor", 35.0, N, "ekor", N),
    # session 21: a Vietnamese report's "done/planned" pair counts the noun after both; a
    # share ("1/3"), a date ("17/12") and a number of a year ("12/2021") are no such pair
    ("Distrik itu telah menyelesaikan 315/420 rumah, mencapai 75%.", "315", 315.0, N, "house", N),
    ("Distrik itu telah menyelesaikan 315/420 rumah, mencapai 75%.", "420 rumah", 420.0, N,
     "house", N),
    ("Distrik itu telah menyelesaikan 315/420 rumah, mencapai 75%.", "75%", 75.0, N, "%", N),
    ("Sebanyak 5.120/6.300 komune telah memenuhi standar baru.", "5.120", 5120.0, N, "commune", N),
    ("Sebanyak 5.120/6.300 komune telah memenuhi standar baru.", "6.300 komune", 6300.0, N,
     "commune", N),
    ("Sekitar 1/3 warga desa itu menganggur.", N, N, N, N, N),
    ("Rapat digelar Selasa (17/12) dengan 40 warga.", "40 warga", 40.0, N, "person", N),
    ("Peraturan Nomor 12/2021 tentang bantuan sosial.", N, N, N, N, N),
    # "-nya" on "persen" stays outside the span; a function word glued on by a scraper
    ("Di Bangkalan, 30,12 persen rumah tangga bertani yang tercatat 20,45 persennya adalah "
     "rumah tangga miskin.", "20,45 persen", 20.45, N, "%", N),
    ("Di Bangkalan, 30,12 persen rumah tangga bertani yang tercatat 20,45 persennya adalah "
     "rumah tangga miskin.", "30,12 persen", 30.12, N, "%", N),
    ("Garis kemiskinan makanan sebesar Rp401.522dan bukan makanan Rp150.001.", "Rp401.522",
     401522.0, N, "IDR", N),
    ("Garis kemiskinan makanan sebesar Rp401.522dan bukan makanan Rp150.001.", "Rp150.001",
     150001.0, N, "IDR", N),
    # "baik ... maupun" (both ... and) is no counted noun; an inequality index's value
    ("Gini ratio relatif tetap yaitu sebesar 0,36 baik pada Maret maupun September.", "0,36",
     0.36, N, "point", N),
    ("Ketimpangan pada Maret 2022 sebesar 0,391, naik dari 0,388.", "0,391", 0.391, N, "point", N),
    ("Ketimpangan pada Maret 2022 sebesar 0,391, naik dari 0,388.", "0,388", 0.388, N, "point", N),
    ("Tingkat keparahan kemiskinan juga turun dari 1,552 menjadi 1,408.", "1,552", 1.552, N,
     "point", N),
    ("Tingkat keparahan kemiskinan juga turun dari 1,552 menjadi 1,408.", "1,408", 1.408, N,
     "point", N),
    # "calon penerima" is its own counted noun; "org" is "orang"
    ("Kuota tahun ini 2.400 calon penerima bantuan.", "2.400 calon penerima", 2400.0, N,
     "calon penerima", N),
    ("Desa itu hanya mendapatkan 17 org KPM saja.", "17 org", 17.0, N, "person", N),
    # a count in full with thousands groups and then a scale word would exceed the world's
    # people: the scale word is a misprint; a plausible scaled count keeps it
    ("Penduduk miskin pada September 2018 mencapai 1.211.520 juta jiwa.", "1.211.520 juta jiwa",
     1211520.0, N, "person", N),
    ("Sekitar 1,1 miliar orang hidup dalam kemiskinan multidimensi.", "1,1 miliar orang", 1.1e9,
     N, "person", "about"),
    # a bare count after its subject written as a noun (no unit code): digits only; the
    # counted side of "dari X (p%) menjadi Y (q%)" across the bracketed share
    ("Jawa Tengah masih memiliki balita stunting sekitar 412.000. Kemudian Jawa Timur.",
     "412.000", 412000.0, N, "balita", "about"),
    ("Program ini ada tiga tahap, sehingga warga menerima 30 kilogram.", "30 kilogram", 30.0, N,
     "kilogram", N),
    ("Desa Maju naik dari 20.115 desa (27,3 persen) menjadi 23.035 (31,2 persen).",
     "20.115 desa", 20115.0, N, "village", N),
    ("Desa Maju naik dari 20.115 desa (27,3 persen) menjadi 23.035 (31,2 persen).",
     "27,3 persen", 27.3, N, "%", N),
    ("Desa Maju naik dari 20.115 desa (27,3 persen) menjadi 23.035 (31,2 persen).",
     "23.035", 23035.0, N, "village", N),
    ("Desa Maju naik dari 20.115 desa (27,3 persen) menjadi 23.035 (31,2 persen).",
     "31,2 persen", 31.2, N, "%", N),
    # one amount written with two scale words, the second smaller, is one figure: the sum
    # (R 58); "2 miliar dan 300 juta" is two
    ("Total modal yang dialokasikan mencapai 155 miliar 720 juta VND.", "155 miliar 720 juta VND",
     155720000000.0, N, "VND", N),
    ("Simpanan naik 17 miliar 045 juta VND tahun ini.", "17 miliar 045 juta VND", 17045000000.0,
     N, "VND", N),
    ("Dana itu 2 miliar dan 300 juta rupiah.", "2 miliar", 2e9, N, "IDR", N),
    ("Dana itu 2 miliar dan 300 juta rupiah.", "300 juta rupiah", 3e8, N, "IDR", N),
    # session 22: a rate written once after parallel clauses of one currency holds for both
    (PARALLEL, "2,8 juta dong", 2.8e6, N, "VND/person/month", N),
    (PARALLEL, "2,2 juta dong", 2.2e6, N, "VND/person/month", N),
    # a "PPP" tag between an amount and its rate, or before "=" and the converted amount
    (PPP_RATE, "US$ 1,9", 1.9, N, "USD/day", N),
    (PPP_RATE, "Rp 5.000", 5000.0, N, "IDR/day", N),
    (PPP_EQUALS, "US$ 1,9", 1.9, N, "USD/person/day", N),
    (PPP_EQUALS, "Rp. 11.941", 11941.0, N, "IDR/person/day", N),
    # a percentage between a group word and a superlative names a group
    ("Pola konsumsi kelompok masyarakat 40 persen terendah relatif tidak berubah.", N, N, N, N, N),
    ("Distribusi pengeluaran pada kelompok 40 persen terbawah adalah sebesar 18,06 persen.",
     "18,06 persen", 18.06, N, "%", N),
    ("Angka kemiskinan 21,79 persen tertinggi di provinsi itu.", "21,79 persen", 21.79, N, "%", N),
    # "setahun sebelumnya" dates an amount a year earlier: no rate
    ("Garis kemiskinan naik dari Rp421.560 setahun sebelumnya.", "Rp421.560", 421560.0, N, "IDR", N),
]

# session 23: a bare number that ends a from/to pair, or a parallel clause of state, begun by a
# counted figure earlier in the sentence takes that figure's noun; a measure word between them
# stops it. The earlier level after a rate ("..., dari Rp421.560") takes the rate.
FAR_PAIR = ("Tercatat ada 32 perusahaan yang tergabung pada 2020, kemudian pada 2022 menjadi 93, yakni "
            "48 perusahaan yang sudah tergabung.")
FAR_DESA = "Jumlah desa berkembang turun menjadi 28.766 desa dari tahun sebelumnya 33.902."
FAR_OR = "Penduduk miskin naik sebesar 3.421 orang atau mencapai 306.000 (15,22 persen)."
STATE = "Dari jumlah itu, 179 rumah telah selesai dibangun dan 303 sedang dalam pembangunan."
FAR_MEASURE = "Sebanyak 30 desa menerima dana dan angka kemiskinan turun menjadi 5."
BACK_RATE = ("Garis kemiskinan naik menjadi Rp447.811 per kapita per bulan, dari Rp421.560 setahun "
             "sebelumnya.")
DEV_CASES += [
    (FAR_DESA, "28.766 desa", 28766.0, N, "village", N),
    (FAR_DESA, "33.902", 33902.0, N, "village", N),
    (FAR_OR, "3.421 orang", 3421.0, N, "person", N),
    (FAR_OR, "306.000", 306000.0, N, "person", N),
    (FAR_OR, "15,22 persen", 15.22, N, "%", N),
    (FAR_PAIR, "32 perusahaan", 32.0, N, "perusahaan", N),
    (FAR_PAIR, "93", 93.0, N, "perusahaan", N),
    (FAR_PAIR, "48 perusahaan", 48.0, N, "perusahaan", N),
    (STATE, "179 rumah", 179.0, N, "house", N),
    (STATE, "303", 303.0, N, "house", N),
    (FAR_MEASURE, "30 desa", 30.0, N, "village", N),
    (BACK_RATE, "Rp447.811", 447811.0, N, "IDR/person/month", N),
    (BACK_RATE, "Rp421.560", 421560.0, N, "IDR/person/month", N),
]

# session 23: a bare index value keeps `point` beside a percentage in its sentence; "103,00" is
# a decimal (a sentence going on from one about an index: tests/test_real_page_classes.py).
IDM_PCT = "Angka tersebut menurun 0,01% dibandingkan tahun 2020 dengan rata-rata IDM sebesar 0,4632."
GINI_PCT = "Persentase penduduk miskin 5,78 persen dan Gini Ratio 0,321."
NTP = "NTP Nusa Tenggara Timur bulan September 2017 sebesar 103,00 meningkat menjadi 2,16 poin."
DEV_CASES += [
    (IDM_PCT, "0,01%", 0.01, N, "%", N),
    (IDM_PCT, "0,4632", 0.4632, N, "point", N),
    (GINI_PCT, "5,78 persen", 5.78, N, "%", N),
    (GINI_PCT, "0,321", 0.321, N, "point", N),
    (NTP, "103,00", 103.0, N, "point", N),
    (NTP, "2,16 poin", 2.16, N, "point", N),
    ("Angka tersebut naik menjadi 2,5 pada tahun ini.", N, N, N, N, N),
]

# session 23: an allocation "untuk setiap"/"bagi setiap" after an amount is its rate
TOTAL_PART = "Anggaran yang dikucurkan mencapai Rp4,4 miliar atau sekitar Rp15 juta per unit."
ROUNDED = "Bantuan Rp1,5 juta atau Rp1.500.000 per bulan."
SETIAP = ("Tingkat dukungan adalah 40 juta VND per rumah baru dan 20 juta VND untuk setiap rumah yang "
          "diperbaiki.")
DEV_CASES += [
    (SETIAP, "40 juta VND", 4e7, N, "VND/house", N),
    (SETIAP, "20 juta VND", 2e7, N, "VND/house", N),
    ("Bantuan Rp 15 juta untuk setiap desa di kabupaten itu.", "Rp 15 juta", 1.5e7, N,
     "IDR/village", N),
    ("Setiap rumah yang diperbaiki mendapat bantuan sebesar Rp 15 juta.", "Rp 15 juta", 1.5e7, N,
     "IDR", N),
    # session 35 (b102): "masing-masing" between the rate word and its noun adds nothing; it was
    # read as the rate noun ("IDR/masing")
    ("Bantuan rehabilitasi akan diberikan Rp 20 juta per masing-masing KK.", "Rp 20 juta", 2e7, N,
     "IDR/household", N),
    ("Dana Rp 600 ribu untuk masing-masing keluarga penerima manfaat.", "Rp 600 ribu", 6e5, N,
     "IDR/household", N),
    # session 35 (i183, m125): a total and its part per unit in one currency ("atau sekitar")
    # are two amounts; the rate is the part's alone (a conversion or a rounding shares it)
    (TOTAL_PART, "Rp4,4 miliar", 4.4e9, N, "IDR", N),
    (TOTAL_PART, "Rp15 juta", 1.5e7, N, "IDR/unit", "about"),
    (ROUNDED, "Rp1,5 juta", 1.5e6, N, "IDR/month", N),
    (ROUNDED, "Rp1.500.000", 1.5e6, N, "IDR/month", N),
]

# session 23: a part ("21 di antaranya") counts the last count before it, past amounts; a bare
# item of a list opened after a total ("806 orang, terdiri atas ...") counts what the total
# counts; a bare number pairs across its own bracketed share ("dari 2.894 (3,93 persen) tahun
# 2014 menjadi 5.559 desa")
PART_PAST_AMOUNT = ("Sejak 2022 sebanyak 37 rumah tangga telah meminjam modal dengan total hampir 1,9 "
                    "miliar VND, dan 21 di antaranya sudah keluar dari kemiskinan.")
PARTS_LIST = ("Penerima bantuan berjumlah 806 orang, terdiri atas 616 bantuan lanjut usia (LU), 20 "
              "dukungan keluarga, 120 untuk perawatan sosial, serta 50 untuk day care.")
PAIR_OVER_SHARE = "Desa Mandiri naik dari 2.894 (3,93 persen) tahun 2014 menjadi 5.559 desa (7,55 persen)."
DEV_CASES += [
    (PART_PAST_AMOUNT, "37 rumah tangga", 37.0, N, "household", N),
    (PART_PAST_AMOUNT, "1,9 miliar VND", 1.9e9, N, "VND", "nearly"),
    (PART_PAST_AMOUNT, "21", 21.0, N, "household", N),
    (PARTS_LIST, "806 orang", 806.0, N, "person", N),
    (PARTS_LIST, "616 bantuan", 616.0, N, "bantuan", N),
    (PARTS_LIST, "20 dukungan", 20.0, N, "dukungan", N),
    (PARTS_LIST, "120", 120.0, N, "person", N),
    (PARTS_LIST, "50", 50.0, N, "person", N),
    (PAIR_OVER_SHARE, "2.894", 2894.0, N, "village", N),
    (PAIR_OVER_SHARE, "3,93 persen", 3.93, N, "%", N),
    (PAIR_OVER_SHARE, "5.559 desa", 5559.0, N, "village", N),
    (PAIR_OVER_SHARE, "7,55 persen", 7.55, N, "%", N),
    ("Anggaran Rp 5 miliar, terdiri atas Rp 3 miliar dari APBN dan 2 dari APBD.", "Rp 5 miliar",
     5e9, N, "IDR", N),
    ("Anggaran Rp 5 miliar, terdiri atas Rp 3 miliar dari APBN dan 2 dari APBD.", "Rp 3 miliar",
     3e9, N, "IDR", N),
]

# session 23: R 38, the count of the parts a figure or body is divided into, or of the points
# of a list, is no QUANTITY; "terbagi di 6 kelurahan" says where, and counts
DEV_CASES += [
    ("Bantuan tersebut dibagi menjadi empat kelompok, yakni bantuan dan pemberdayaan.", N, N, N, N, N),
    ("Gini Ratio dikelompokan menjadi 3 kategori yaitu rendah jika nilainya kecil.", N, N, N, N, N),
    ("Program dibagi menjadi 2 tahap: Tahap 1 tahun 2026.", N, N, N, N, N),
    ("Ada dua poin arahan beliau bahwa dana desa harus tepat sasaran.", N, N, N, N, N),
    ("Syarat penerima bantuan ada enam poin, di antaranya berusia lanjut.", N, N, N, N, N),
    ("Rumah itu terbagi di 6 kelurahan.", "6 kelurahan", 6.0, N, "village", N),
    ("IPM naik 2 poin yaitu dari 70 menjadi 72.", "2 poin", 2.0, N, "point", N),
    ("Indeks keparahan turun dua poin dibanding tahun lalu.", "dua poin", 2.0, N, "point", N),
]

# session 23: a rate written on the converted amount holds for the amount it converts (SPEC 2)
CONVERTED_RATE = "Garis kemiskinan ekstrem adalah USD 1,9 atau setara dengan Rp10.739/orang/hari."
DEV_CASES += [
    (CONVERTED_RATE, "USD 1,9", 1.9, N, "USD/person/day", N),
    (CONVERTED_RATE, "Rp10.739/orang/hari", 10739.0, N, "IDR/person/day", N),
    ("Standar itu 2.200.000 VND (sekitar Rp 1,4 juta/bulan).", "2.200.000 VND", 2.2e6, N,
     "VND/month", N),
    ("Standar itu 2.200.000 VND (sekitar Rp 1,4 juta/bulan).", "Rp 1,4 juta/bulan", 1.4e6, N,
     "IDR/month", "about"),
]

# session 24: a level and the earlier level it is compared with share the rate written on one
# of them, past a change in percent, but not across another amount of money
COMPARED_AFTER = ("Garis kemiskinan pada September 2024 tercatat Rp553.218 per kapita per bulan, "
                  "naik 2,07 persen dibandingkan Maret 2024 yang sebesar Rp541.999.")
COMPARED_BEFORE = ("Garis kemiskinan mencapai Rp 507.001 atau naik dari sebelumnya Rp 477.580 per "
                   "kapita per bulan.")
COMPARED_OTHER = ("Bantuan Rp600.000 per bulan, sedangkan dana desa Rp1,2 miliar dibandingkan "
                  "tahun lalu Rp1 miliar.")
DEV_CASES += [
    (COMPARED_AFTER, "Rp553.218", 553218.0, N, "IDR/person/month", N),
    (COMPARED_AFTER, "2,07 persen", 2.07, N, "%", N),
    (COMPARED_AFTER, "Rp541.999", 541999.0, N, "IDR/person/month", N),
    (COMPARED_BEFORE, "Rp 507.001", 507001.0, N, "IDR/person/month", N),
    (COMPARED_BEFORE, "Rp 477.580", 477580.0, N, "IDR/person/month", N),
    (COMPARED_OTHER, "Rp600.000", 600000.0, N, "IDR/month", N),
    (COMPARED_OTHER, "Rp1,2 miliar", 1.2e9, N, "IDR", N),
    (COMPARED_OTHER, "Rp1 miliar", 1e9, N, "IDR", N),
]

# session 24: a number beside a month name is a date only when it could be a day or a year
MONTHLY = "Penyaluran dengan rincian April 204.729.360 kg, Mei 90.469.830 kg, dan Juni 1.504.710 kg."
DEV_CASES += [
    (MONTHLY, "204.729.360 kg", 204729360.0, N, "kilogram", N),
    (MONTHLY, "90.469.830 kg", 90469830.0, N, "kilogram", N),
    (MONTHLY, "1.504.710 kg", 1504710.0, N, "kilogram", N),
    ("Bantuan cair pada 17 Agustus dan Maret 2024 kepada warga.", N, N, N, N, N),
]

# session 24: "6 ribuan", "300-an": a round figure and then some (more_than, GUIDELINES R 33);
# a bare change right after a count ("10.470 KPM, turun 6.000") is of what the count counts
ODD_DROP = "Di tahun ini menjadi 10.470 KPM, turun 6 ribuan sekian."
ODD_CHANGE = "Penduduk miskin 25,22 juta orang atau berkurang 680 ribu."
DEV_CASES += [
    (ODD_DROP, "10.470 KPM", 10470.0, N, "household", N),
    (ODD_DROP, "6 ribuan", 6000.0, N, "household", "more_than"),
    ("Penerima tahap ini sekitar 50 ribuan KPM.", "50 ribuan KPM", 50000.0, N, "household", "about"),
    ("Tercatat 12.000-an KK belum menerima.", "12.000-an KK", 12000.0, N, "household", "more_than"),
    ("Ada 300-an warga hadir.", "300-an warga", 300.0, N, "person", "more_than"),
    ("Musik tahun 90-an diputar.", N, N, N, N, N),
    (ODD_CHANGE, "25,22 juta orang", 25.22e6, N, "person", N),
    (ODD_CHANGE, "680 ribu", 680000.0, N, "person", N),
    ("Jumlahnya 1.200 rumah, naik 150 dari tahun lalu.", "1.200 rumah", 1200.0, N, "house", N),
    ("Jumlahnya 1.200 rumah, naik 150 dari tahun lalu.", "150", 150.0, N, "house", N),
]

# session 24: a currency prefix after a hyphen is still a prefix: the range keeps its second end
DEV_CASES += [
    ("Bantuan Rp10 juta-Rp15 juta per rumah.", "Rp10 juta-Rp15 juta", 1e7, 1.5e7, "IDR/house", N),
]

# session 24: a rank written "ke" and a number with a space is an ordinal, like "ke-3"
DEV_CASES += [
    ("Bojonegoro di rangking ke delapan Kabupaten/Kota di Jawa Timur.", N, N, N, N, N),
    ("Provinsi itu berada di peringkat ke 3 provinsi termiskin.", N, N, N, N, N),
    ("Kota itu di urutan ke 5 dari 38 provinsi.", "38 provinsi", 38.0, N, "province", N),
    ("Angkanya naik ke 10 persen.", "10 persen", 10.0, N, "%", N),
]

# session 24 (real-extra15): a noun written twice with a slash is one noun; "per" glued to a
# rate noun after a slash is still the rate
DEV_CASES += [
    ("Penduduk miskin sebanyak 6.832 jiwa/orang.", "6.832 jiwa/orang", 6832.0, N, "person", N),
    ("Bantuan tersebar di 18 desa / kelurahan.", "18 desa / kelurahan", 18.0, N, "village", N),
    ("Garis kemiskinan Rp. 512.492,-/perkapita/bulan.", "Rp. 512.492,-/perkapita/bulan", 512492.0,
     N, "IDR/person/month", N),
    ("Upah Rp 1 juta/perbulan.", "Rp 1 juta/perbulan", 1e6, N, "IDR/month", N),
]

# session 24: the Vietnamese scale words translations keep beside "đồng" or "VND"
DEV_CASES += [
    ("Provinsi menganggarkan 1.500 tỷ VND.", "1.500 tỷ VND", 1.5e12, N, "VND", N),
    ("Setiap rumah tangga mendapat 3 triệu đồng.", "3 triệu đồng", 3e6, N, "VND", N),
    ("Biayanya 500 nghìn đồng.", "500 nghìn đồng", 5e5, N, "VND", N),
]

# session 24 (real-extra15): a bare amount in billions after a money word anywhere in its
# sentence is money, never the count beside it; a bare number written in full keeps its value
# beside a scaled total
BILLIONS = "Pemprov memberi bantuan keuangan untuk peningkatan RTLH sebanyak 13,6 miliar untuk 681 unit."
PART_IN_FULL = "Dari 78 ribu desa di Indonesia, 72.600 di antaranya masih miskin."
DEV_CASES += [
    # (with no country to give its currency: no count either; parse_article gives IDR)
    (BILLIONS, "681 unit", 681.0, N, "house", N),
    (PART_IN_FULL, "78 ribu desa", 78000.0, N, "village", N),
    (PART_IN_FULL, "72.600", 72600.0, N, "village", N),
    ("Jumlahnya turun dari 14,16 juta orang menjadi 13,58.", "14,16 juta orang", 14.16e6, N,
     "person", N),
    ("Jumlahnya turun dari 14,16 juta orang menjadi 13,58.", "13,58", 13.58e6, N, "person", N),
]

# session 25: a bare decimal the word for a percentage governs is a percentage ("persen"
# dropped); a whole number there, or one after a figure, is not
DEV_CASES += [
    ("Persentase penduduk miskin di Kabupaten Barsel 4,88 atau turun.", "4,88", 4.88, N, "%", N),
    ("Penurunan persentase jumlah penduduk miskin nasional sebesar 0,43 dibandingkan Maret.",
     "0,43", 0.43, N, "%", N),
    ("Prosentase warga miskin di desa itu tinggal 12,5 saja.", "12,5", 12.5, N, "%", N),
    ("Persentase penduduk miskin 9 persen, sebanyak 5,6 ribu.", "9 persen", 9.0, N, "%", N),
]

# session 25 (real-extra16): digits spelt out again in brackets are one number, its unit after
# the bracket; the noun after "unit" says what is counted only with no comma between
DEV_CASES += [
    ("Kemiskinan ekstrem ditargetkan menjadi 0 (nol) persen pada tahun 2024.", "0 (nol) persen",
     0.0, N, "%", N),
    ("Pemerintah membangun 3 (tiga) unit rumah.", "3 (tiga) unit rumah", 3.0, N, "house", N),
    ("Bantuan untuk 25 (dua puluh lima) kepala keluarga.", "25 (dua puluh lima) kepala keluarga",
     25.0, N, "household", N),
    ("Kabupaten Sigi menerima 2.600 unit, Kabupaten Morowali 2.534 unit.", "2.600 unit", 2600.0,
     N, "unit", N),
    ("Kabupaten Sigi menerima 2.600 unit, Kabupaten Morowali 2.534 unit.", "2.534 unit", 2534.0,
     N, "unit", N),
]

# session 25 (real-extra16): a list of places, each with its figure: a bare figure after the
# next place's name counts what the item before counts; bracketed figures after a colon count
# the first counted noun of the list's introduction (not a place noun)
LIST_ITEMS = ("Kabupaten terbanyak yaitu Parigi Moutong dengan 17.138 keluarga, Donggala dengan "
              "10.105, Banggai: 7.207, dan Poso dengan jumlah 5.748.")
BRACKET_LIST = "Berikut data KPM di kabupaten kota : Balangan (6.713), Banjar (19.545) dan Tapin (7.492)."
DEV_CASES += [
    (LIST_ITEMS, "17.138 keluarga", 17138.0, N, "household", N),
    (LIST_ITEMS, "10.105", 10105.0, N, "household", N),
    (LIST_ITEMS, "7.207", 7207.0, N, "household", N),
    (LIST_ITEMS, "5.748", 5748.0, N, "household", N),
    (BRACKET_LIST, "6.713", 6713.0, N, "household", N),
    (BRACKET_LIST, "19.545", 19545.0, N, "household", N),
    (BRACKET_LIST, "7.492", 7492.0, N, "household", N),
    # no counted noun before the colon: nothing to count
    ("Berikut datanya : Balangan (6.713), Banjar (19.545).", N, N, N, N, N),
]

# session 25 (real-extra16, real-extra9): a count of people with decimals and no scale word
# beside one in ribu lost its scale word; an average household size keeps its decimals
DROPPED = ("Penduduk miskin turun dari 60,79 ribu orang pada Maret 2022 menjadi 59,19 orang pada "
           "September 2022.")
DEV_CASES += [
    (DROPPED, "60,79 ribu orang", 60790.0, N, "person", N),
    (DROPPED, "59,19 orang", 59190.0, N, "person", N),
    ("Rumah tangga miskin memiliki rata-rata 4,11 orang anggota rumah tangga.", "4,11 orang",
     4.11, N, "person", N),
]

# session 25 (real-extra16): "tidak melebihi" bounds from above; "tidak sampai" is under
DEV_CASES += [
    ("Alokasi dananya tidak melebihi 25% dari dana desa.", "25%", 25.0, N, "%", "at_most"),
    ("Jumlah penerimanya tidak sampai 100 orang.", "100 orang", 100.0, N, "person", "less_than"),
]

# session 26 (real-extra19, real-extra18): tens of whole people with decimals and no scale
# word anywhere are a release's thousands whose "ribu" was dropped; a few people stay an
# average
LOST = ("Penduduk miskin di Karangasem pada tahun 2021 sebanyak 31,47 jiwa, 2022 (32,05 jiwa) "
        "dan 2023 (30,9 jiwa).")
DEV_CASES += [
    (LOST, "31,47 jiwa", 31470.0, N, "person", N),
    (LOST, "32,05 jiwa", 32050.0, N, "person", N),
    (LOST, "30,9 jiwa", 30900.0, N, "person", N),
    ("Setiap rumah tangga miskin rata-rata dihuni 4,6 jiwa.", "4,6 jiwa", 4.6, N, "person", N),
]

# session 26 (real-extra19): "jumlah <counted noun>" names a bare number up to 160
# characters on, over a place and a year
DEV_CASES += [
    ("Adapun data jumlah penduduk miskin di kabupaten/kota di Riau tahun 2022, yakni di "
     "Kabupaten Kuantan Singingi sebanyak 26,61 ribu.", "26,61 ribu", 26610.0, N, "person", N),
]

# session 26 (own dev id-17, real-dev r068, real-extra8, real-extra12, real-extra19): counted
# nouns of real pages that are neither lower-case nor in the lexicon before (SPEC: an
# unknown counted noun is its lower-case text)
DEV_CASES += [
    ("Ada 427 BUMDes di kabupaten itu.", "427 BUMDes", 427.0, N, "bumdes", N),
    ("Warga di 21 RW menerima bantuan.", "21 RW", 21.0, N, "rw", N),
    ("Bantuan beras 10 Kilo disalurkan.", "10 Kilo", 10.0, N, "kilogram", N),
    ("Luas wilayahnya 28,29 km² saja.", "28,29 km²", 28.29, N, "km²", N),
    ("Standar kalori yang dipakai 2.100 kkal.", "2.100 kkal", 2100.0, N, "kkal", N),
]

# session 27 (issue 11 class 6; own corpus): rate codes in SPEC's order, what an amount is
# per before the period, however the writer ordered them
DEV_CASES += [
    ("Bantuan Rp 300 ribu per bulan per keluarga.", "Rp 300 ribu", 300000.0, N,
     "IDR/household/month", N),
    ("Bantuan Rp600 ribu setiap bulan per KPM.", "Rp600 ribu", 600000.0, N,
     "IDR/household/month", N),
    ("Garis kemiskinan Rp 550 ribu/bulan/kapita.", "Rp 550 ribu/bulan/kapita", 550000.0, N,
     "IDR/person/month", N),
]

# session 27 (real-extra12, real-extra15, real-extra16, real-extra17): "kabupaten kota"
# without its slash counts regencies as "kabupaten/kota" does
DEV_CASES += [
    ("Program ini menjangkau 514 kabupaten kota di seluruh Indonesia.", "514 kabupaten kota",
     514.0, N, "regency", N),
    ("Ada 14 Kabupaten Kota yang menerima dana.", "14 Kabupaten Kota", 14.0, N, "regency", N),
]

# session 31 (adversarial checks, invented): shares written "dua per tiga" are a fraction,
# not "tiga warga"; comparison signs before a figure are its qualifier
DEV_CASES += [
    ("Sebanyak dua per tiga warga desa menerima bantuan.", "dua per tiga", 66.67, N, "%", N),
    ("Satu per empat keluarga belum menerima PKH.", "Satu per empat", 25.0, N, "%", N),
    ("Desa dengan kemiskinan > 50 persen mendapat prioritas.", "50 persen", 50.0, N, "%",
     "more_than"),
    ("Rumah tangga dengan pengeluaran < Rp 500 ribu per bulan.", "Rp 500 ribu", 500000.0, N,
     "IDR/month", "less_than"),
    ("Target cakupan ≥ 90% pada 2025.", "90%", 90.0, N, "%", "at_least"),
    ("Anggaran per desa ≤ Rp 1 miliar.", "Rp 1 miliar", 1e9, N, "IDR", "at_most"),
]

# session 31 (real-extra7, -14, -16, -21, -33, -38): a figure the excerpt's end cuts is no
# QUANTITY (GUIDELINES R 27): the text ends inside its noun, or right after a bare number;
# a whole figure at the end stays
DEV_CASES += [
    ("Rumah yang selesai: Kota Palu 1.132 unit, Kabupaten Buol 790 uni", "1.132 unit",
     1132.0, N, "house", N),
    ("Pada 2025 tercatat masih ada sebanyak 1.342 ruma", N, N, N, N, N),
    ("Penduduk miskin di Ibu Kota bertambah 3.750 o", N, N, N, N, N),
    ("Jumlah Warga Miskin Indonesia Turun 530 ", N, N, N, N, N),
    ("Penduduk miskin ekstrem berada di 212 wi", N, N, N, N, N),
    ("Pemerintah kota menyiapkan anggaran Rp 5 miliar", "Rp 5 miliar", 5e9, N, "IDR", N),
    ("Persentase penduduk miskin Maret 2024 sebesar 21,61 persen", "21,61 persen", 21.61, N,
     "%", N),
]

# session 31 (invented; formal letters and regulations): an amount spelled out in brackets
# after its digits names its currency before the bracket closes: one figure, not two
DEV_CASES += [
    ("Bantuan Rp 150.000,00 (seratus lima puluh ribu rupiah) diberikan.",
     "Rp 150.000,00 (seratus lima puluh ribu rupiah)", 150000.0, N, "IDR", N),
    ("Setiap KPM menerima Rp600.000 (enam ratus ribu rupiah) per bulan.",
     "Rp600.000 (enam ratus ribu rupiah)", 600000.0, N, "IDR/month", N),
    ("Nilainya Rp 2.000.000 (dua juta Rupiah).", "Rp 2.000.000 (dua juta Rupiah)", 2e6, N,
     "IDR", N),
]

# session 32 (invented on the pattern of real-extra40/41/46/47 pages): a range with its unit
# or scale written at both ends, the currency written once before it; "poin" of an index
# that a bracketed percent restates as growth, and "poin" of a prevalence
DEV_CASES += [
    ("Kemiskinan ekstrem ditargetkan turun ke level 1,5 persen-2 persen pada 2023.",
     "1,5 persen-2 persen", 1.5, 2.0, "%", N),
    ("Angka ini setara dengan mengurangi 2,5 juta-3 juta orang.", "2,5 juta-3 juta orang",
     2.5e6, 3e6, "person", N),
    ("Alokasi untuk desa dengan pagu Rp 800 juta-1,2 miliar ditetapkan.",
     "Rp 800 juta-1,2 miliar", 8e8, 1.2e9, "IDR", N),
    ("Target pertumbuhan 5 persen-6 persen tahun depan.", "5 persen-6 persen", 5.0, 6.0, "%", N),
    ("Pasien Covid-19 di desa itu tercatat 12 orang.", "12 orang", 12.0, N, "person", N),
    ("IPM Kalimantan Timur mencapai 78,20, meningkat 0,84 poin (1,09 persen).", "78,20",
     78.2, N, "point", N),
    ("IPM Kalimantan Timur mencapai 78,20, meningkat 0,84 poin (1,09 persen).", "0,84 poin",
     0.84, N, "point", N),
    ("IPM Kalimantan Timur mencapai 78,20, meningkat 0,84 poin (1,09 persen).", "1,09 persen",
     1.09, N, "%", N),
    ("Prevalensi stunting turun sebesar 0,5 poin di tahun 2024.", "0,5 poin", 0.5, N, "pp", N),
    ("Persentase penduduk miskin turun 0,33 poin menjadi 9,03 persen.", "0,33 poin", 0.33, N,
     "pp", N),
    ("Persentase penduduk miskin turun 0,33 poin menjadi 9,03 persen.", "9,03 persen", 9.03, N,
     "%", N),
]

# session 32 (real-extra42/43 pattern): a village count after its status words takes the
# place noun; a place level with a name after it is a place, no count
VILLAGES = ("Pada 2014 desa mandiri tercatat satu (0,05 persen), desa berkembang 1.159 "
            "(61,26 persen) dan desa tertinggal 732 (38,69 persen).")
DEV_CASES += [
    (VILLAGES, "satu", 1.0, N, "village", N),
    (VILLAGES, "0,05 persen", 0.05, N, "%", N),
    (VILLAGES, "1.159", 1159.0, N, "village", N),
    (VILLAGES, "61,26 persen", 61.26, N, "%", N),
    (VILLAGES, "732", 732.0, N, "village", N),
    (VILLAGES, "38,69 persen", 38.69, N, "%", N),
    ("Desa maju 127, naik 253 desa.", "127", 127.0, N, "village", N),
    ("Desa maju 127, naik 253 desa.", "253 desa", 253.0, N, "village", N),
    ("Kabupaten Siak 12 dan Kabupaten Kampar 15.", N, N, N, N, N),
]

# session 32 (real-extra48/49/51): counted noun compounds with no code are spanned whole
DEV_CASES += [
    ("Ada 30 kepala desa yang baru dilantik.", "30 kepala desa", 30.0, N, "kepala desa", N),
    ("Rumah itu terdiri dari 2 kamar tidur dan dapur.", "2 kamar tidur", 2.0, N, "kamar tidur", N),
    ("Saat ini ada 10 ibu tunggal di wilayah ini.", "10 ibu tunggal", 10.0, N, "ibu tunggal", N),
    ("Beras disalurkan lewat empat kantor pos.", "empat kantor pos", 4.0, N, "kantor pos", N),
]

# session 32 (real-extra48 i422): the rate after a bracketed currency code is the amount's,
# and the converted amount shares it
VND_CODE = ("Warga berpenghasilan hingga 2.800.000 dong Vietnam (VND) per bulan, atau setara "
            "sekitar Rp 1,8 juta, dikategorikan miskin.")
DEV_CASES += [
    (VND_CODE, "2.800.000 dong Vietnam", 2.8e6, N, "VND/month", N),
    (VND_CODE, "Rp 1,8 juta", 1.8e6, N, "IDR/month", "about"),
]

# session 33 (real-extra52..55 patterns, invented sentences): the English "point" after
# "persen" is a percentage point; "per hari ini" dates the amount (as of today), it is no
# rate; conjunctions and adverbs ("kalau", "sekarang") are no counted noun; assistive
# devices and an agency abbreviation are counted whole; a bare item between two items of a
# list of names and percentages takes their unit
DEV_CASES += [
    ("Angkanya naik 0,12 persen point dibanding tahun lalu.", "0,12 persen point", 0.12, N,
     "pp", N),
    ("Dari 250.000 ton, per hari ini sudah tersalur 80%.", "250.000 ton", 250000.0, N, "ton",
     N),
    ("Dari 250.000 ton, per hari ini sudah tersalur 80%.", "80%", 80.0, N, "%", N),
    ("Beras 10 kilogram per hari disalurkan.", "10 kilogram", 10.0, N, "kilogram/day", N),
    ("Targetnya 6,5 kalau tidak ada perubahan.", N, N, N, N, N),
    ("Posisinya 8,2 sekarang, turun dari tahun lalu.", N, N, N, N, N),
    ("Bantuan berupa 12 kursi roda dan 5 tongkat netra.", "12 kursi roda", 12.0, N,
     "kursi roda", N),
    ("Bantuan berupa 12 kursi roda dan 5 tongkat netra.", "5 tongkat netra", 5.0, N,
     "tongkat netra", N),
    ("Ada 8 alat bantu dengar yang dibagikan.", "8 alat bantu dengar", 8.0, N,
     "alat bantu dengar", N),
    ("Program ini melibatkan tujuh OPD.", "tujuh OPD", 7.0, N, "opd", N),
    ("Wonogiri 0,42 persen, Klaten 0,57, dan Kota Solo 0,61 persen.", "0,42 persen", 0.42, N,
     "%", N),
    ("Wonogiri 0,42 persen, Klaten 0,57, dan Kota Solo 0,61 persen.", "0,57", 0.57, N, "%", N),
    ("Wonogiri 0,42 persen, Klaten 0,57, dan Kota Solo 0,61 persen.", "0,61 persen", 0.61, N,
     "%", N),
]

# session 33 (real-extra52 i462, real-extra53 i479): a poverty line's parts after "yang
# mencakup" take the rate written on the whole; "rawat" (rawat jalan/inap) is no counted noun
LINE_PARTS = ("Garis kemiskinan tercatat Rp512.300 per kapita per bulan, yang mencakup garis "
              "kemiskinan makanan sebesar Rp380.100 dan bukan makanan sebesar Rp132.200.")
DEV_CASES += [
    (LINE_PARTS, "Rp512.300", 512300.0, N, "IDR/person/month", N),
    (LINE_PARTS, "Rp380.100", 380100.0, N, "IDR/person/month", N),
    (LINE_PARTS, "Rp132.200", 132200.0, N, "IDR/person/month", N),
    ("Layanan itu mencatat 3,2 juta rawat jalan tahun ini.", N, N, N, N, N),
]

# session 33 (real-extra24/25/27/36 pages): a number after "desil" is the decile's label, and
# so is the other end of a range of them
DEV_CASES += [
    ("Bantuan untuk keluarga desil 1 sebanyak 6.281 keluarga.", "6.281 keluarga", 6281.0, N,
     "household", N),
    ("Total individu kelompok desil 1 sampai 3 tercatat 89.297 orang.", "89.297 orang",
     89297.0, N, "person", N),
]

# session 33 (real-extra4 v127, real-extra18 d102, real-extra41 i351): a count of one that the
# amount after it in its clause is given per is no statistic; one counted beside others is
ONE_PRICED = "Satu unit rumah dengan anggaran Rp12 juta dibangun warga."
ONE_AMONG = "Dana untuk 9 kabupaten dan satu kota dengan nilai Rp48 miliar."
DEV_CASES += [
    (ONE_PRICED, "Rp12 juta", 12e6, N, "IDR", N),
    ("Jadi satu desa bisa menerima dana sekitar Rp 1,1 miliar.", "Rp 1,1 miliar", 1.1e9, N,
     "IDR", "about"),
    (ONE_AMONG, "9 kabupaten", 9.0, N, "regency", N),
    (ONE_AMONG, "satu kota", 1.0, N, "city", N),
    (ONE_AMONG, "Rp48 miliar", 48e9, N, "IDR", N),
]

# session 34 (real-extra60 i550): a year after "Tahun Anggaran" is a year, whatever noun
# follows it ("... Tahun Anggaran 2023 Desa Tanjung Lay")
DEV_CASES += [
    ("Penyaluran BLT DD Tahap 1 Tahun Anggaran 2023 Desa Tanjung Lay.", N, N, N, N, N),
    ("Anggaran 2023 desa itu sebesar Rp900 juta.", "Rp900 juta", 900e6, N, "IDR", N),
]

# session 34 (real-extra50 i448): a semicolon after a list's opener ("antara lain;") opens
# the list; the index it names still governs its bare values
GINI_LIST = ("Delapan provinsi yang mencatatkan angka rasio gini di atas rata-rata antara lain; "
             "Gorontalo sebesar 0,407, Jawa Barat sebesar 0,402, dan Papua Barat sebesar 0,386.")
DEV_CASES += [
    (GINI_LIST, "0,407", 0.407, N, "point", N),
    (GINI_LIST, "0,402", 0.402, N, "point", N),
    (GINI_LIST, "0,386", 0.386, N, "point", N),
    (GINI_LIST, "Delapan provinsi", 8.0, N, "province", N),
]

# session 34 (real-extra50 i478): house connections are counted ("336 Sambungan Rumah (SR)",
# written in title case), and the bare items after the first one's noun and abbreviation
# take its unit
CONNECTIONS = ("Di antaranya Kecamatan Koto XI Tarusan 336 Sambungan Rumah (SR), Bayang 620, "
               "Batang Kapas 217, dan Silaut 460 SR.")
DEV_CASES += [
    (CONNECTIONS, "336 Sambungan", 336.0, N, "sambungan", N),
    (CONNECTIONS, "620", 620.0, N, "sambungan", N),
    (CONNECTIONS, "217", 217.0, N, "sambungan", N),
    (CONNECTIONS, "460 SR", 460.0, N, "sambungan", N),
]

# session 34 (real-extra45 i406): a time flow with "per" glued to its noun after the
# counted goods ("10 Kilogram beras perbulan") is the amount's rate, as "per bulan" is
DEV_CASES += [
    ("Setiap KPM menerima 10 Kilogram beras perbulan selama enam bulan.", "10 Kilogram", 10.0,
     N, "kilogram/month", N),
]

# session 36 (real-extra72 .. -79, kept unseen in session 35: i729, i696): the enclitic
# "-nya" on a counted noun or a scale word stays outside the span and keeps the unit;
# "hanya" and "punya" are words of their own, not a two-letter unit ("ha") + "-nya"
NYA = ("Dari 41 rumah itu, 20 unitnya dibangun dari dana Baznas Pusat dan Rp 4 jutanya untuk "
       "upah tukang.")
UNIT_ONLY = "Rumah yang masih dikerjakan turun dari 1.250 menjadi 87 unit hanya dalam dua bulan."
NYA_PERSON = "Laporan itu menunjukkan satu dari empat warganya hidup miskin, dan 300 orang punya tanah."
DEV_CASES += [
    (NYA, "41 rumah", 41.0, N, "house", N),
    (NYA, "20 unit", 20.0, N, "house", N),
    (NYA, "Rp 4 juta", 4000000.0, N, "IDR", N),
    (NYA_PERSON, "satu", 1.0, N, "person", N),
    (NYA_PERSON, "empat warga", 4.0, N, "person", N),
    (NYA_PERSON, "300 orang", 300.0, N, "person", N),
    (UNIT_ONLY, "1.250", 1250.0, N, "house", N),
    (UNIT_ONLY, "87 unit", 87.0, N, "house", N),
]

# session 36 (real-extra34 i289): a list item's name may have a lower-case word ("Kelurahan
# Pasar baru 67"): the bare items after it still take the first item's unit
LOWER_NAME = ("Beras dibagikan dengan rincian Desa Gelumbang 21 KK, Kelurahan Ibul 57, Kelurahan "
              "Pasar baru 67, Desa Tebat Kubu 31, jelas Didi.")
DEV_CASES += [
    (LOWER_NAME, "21 KK", 21.0, N, "household", N),
    (LOWER_NAME, "57", 57.0, N, "household", N),
    (LOWER_NAME, "67", 67.0, N, "household", N),
    (LOWER_NAME, "31", 31.0, N, "household", N),
]

# session 36 (real-extra59 i536): list items that go on to their share after the count
# ("Pagaralam 13.270 jiwa dengan persentase 9,40 persen, OKU Timur 72.889 dengan persentase
# 10,60 persen"): the next item's first number counts what the item before opened with
ITEM_SHARE = ("Lima besar yakni Pagaralam 13.270 jiwa dengan persentase 9,40 persen, OKU Timur "
              "72.889 dengan persentase 10,60 persen, dan Palembang 194.120 dengan persentase "
              "11,34 persen.")
DEV_CASES += [
    (ITEM_SHARE, "13.270 jiwa", 13270.0, N, "person", N),
    (ITEM_SHARE, "9,40 persen", 9.4, N, "%", N),
    (ITEM_SHARE, "72.889", 72889.0, N, "person", N),
    (ITEM_SHARE, "10,60 persen", 10.6, N, "%", N),
    (ITEM_SHARE, "194.120", 194120.0, N, "person", N),
    (ITEM_SHARE, "11,34 persen", 11.34, N, "%", N),
]

# session 36: "diikuti", "disusul" carry a ranked list on to its next item, as the ordinals
# ("kedua", "ketiga") do: the bare items take the first item's unit
RANKED = "Kabupaten Sumba Tengah 31,78 persen, diikuti Sumba Timur 28,08, disusul Sabu Raijua 28,37."
DEV_CASES += [
    (RANKED, "31,78 persen", 31.78, N, "%", N),
    (RANKED, "28,08", 28.08, N, "%", N),
    (RANKED, "28,37", 28.37, N, "%", N),
]

# session 37 (real-extra80 .. -89, kept unseen in session 36): counted nouns the gold of
# several pages counts that the lexicon lacked, so that a capitalised or upper-case one
# (a headline, an acronym) and one after a number word were no QUANTITY: RTS, KRS and
# RTS-PM are households, Rutilahu houses, KIS cards, "kalurahan" a village (Yogyakarta's
# spelling); lokasi, titik, wilayah, kuota, agen, beasiswa, PPKS, VA ... count themselves
LEXICON_37 = [
    ("Sambungan listrik kepada 1600 RTS tersebut tersebar di Kabupaten Pasaman.", "1600 RTS",
     1600.0, N, "household", N),
    ("SAMBUNGAN LISTRIK UNTUK 1.600 RTS DI SUMBAR", "1.600 RTS", 1600.0, N, "household", N),
    ("Paket diberikan kepada 18.628 KRS di kabupaten itu.", "18.628 KRS", 18628.0, N,
     "household", N),
    ("Ada 15.410 Rutilahu yang harus ditangani,\" ujar Kepala Dinas.", "15.410 Rutilahu",
     15410.0, N, "house", N),
    ("Ada 1.432.715 KIS yang dibagikan gratis.", "1.432.715 KIS", 1432715.0, N, "card", N),
    ("Program itu menjangkau 12 kalurahan di Gunungkidul.", "12 kalurahan", 12.0, N,
     "village", N),
    # session 45 (real-extra dev i1190, i1191): Yogyakarta's districts, and a list's
    # introduction "terdiri," with its "dari" left out
    ("Bantuan itu menjangkau 18 kapanewon di Kulon Progo.", "18 kapanewon", 18.0, N,
     "district", N),
    *[("Sebanyak 72 KPM graduasi terdiri, Kalurahan Tirtorahayu 4, Brosot 5, Kranggan 1.", span,
       value, N, "household", N) for span, value in (("72 KPM", 72.0), ("4", 4.0), ("5", 5.0),
                                                     ("1", 1.0))],
    ("Sebagai konsekuensinya, ada 560 Agen BRIlink untuk melayani penerima.", "560 Agen", 560.0,
     N, "agen", N),
    ("Pemda DIY Gelontorkan 15.500 Beasiswa", "15.500 Beasiswa", 15500.0, N, "beasiswa", N),
    ("Bantuan itu untuk 1.000 PPKS di sentra.", "1.000 PPKS", 1000.0, N, "ppks", N),
    ("Program Bantuan Sembako dilakukan di tiga lokasi secara serentak.", "tiga lokasi", 3.0, N,
     "lokasi", N),
    ("Tahun depan dipasang di 20 Titik Pamsimas.", "20 Titik", 20.0, N, "titik", N),
    ("Dari 11 kabupaten kota di Maluku, baru tiga wilayah yang sudah menyalurkan.",
     "11 kabupaten kota", 11.0, N, "regency", N),
    ("Dari 11 kabupaten kota di Maluku, baru tiga wilayah yang sudah menyalurkan.",
     "tiga wilayah", 3.0, N, "wilayah", N),
    ("Jamin mendapatkan sambungan listrik 450 VA, dengan begitu ia cukup membayar sedikit.",
     "450 VA", 450.0, N, "va", N),
    ("Sebanyak 1.265 kuota disediakan untuk mahasiswa baru.", "1.265 kuota", 1265.0, N,
     "kuota", N),
    # GUIDELINES R 65: a collective numeral that points back at a set counted before is no
    # QUANTITY (the count was "tiga desa"); it never was one, and now the gold agrees
    ("Ketiga desa tersebut adalah Desa Maruyungsari, Desa Paledah dan Sukanagara.", N, N, N, N, N),
    ("Keempat provinsi ini memiliki tingkat pengangguran di atas rata-rata.", N, N, N, N, N),
]
DEV_CASES += LEXICON_37

# session 37: a scraper that drops a space glues a word onto the figure after it. A currency
# prefix glued by its capital ("zakatRp7,6 miliar") and a function word or amount verb of
# numbers.json glued_prefixes ("atau13,04 persen") still give the figure; other letters
# before digits stay a name or a code ("G20", "post927534")
GLUED = [
    ("Ia menambahkan penerimaan zakatRp7,6 miliar itu berasal dari zakat.", "Rp7,6 miliar",
     7.6e9, N, "IDR", N),
    ("Belanja negara pada 2024 direncanakan sebesarRp2.781,3 triliun.", "Rp2.781,3 triliun",
     2.7813e15, N, "IDR", N),
    ("Dana Desa dianggarkan sebesar Rp8.867.529.623.361 atau13,04 persen.",
     "Rp8.867.529.623.361", 8867529623361.0, N, "IDR", N),
    ("Dana Desa dianggarkan sebesar Rp8.867.529.623.361 atau13,04 persen.", "13,04 persen",
     13.04, N, "%", N),
    ("Pertemuan KTT G20 membahas post927534 tanpa angka lain.", N, N, N, N, N),
]
DEV_CASES += GLUED

# session 38 (real-extra99 i936, i940): a list item whose counted noun is elided before the
# words that followed the noun of the item before ("1.501 rumah rusak berat, 3.487 rusak
# sedang") counts the same; a damage word is never a counted noun ("3.487 rusak")
DAMAGE = ("Dengan rincian 1.501 rumah rusak berat, 3.487 rusak sedang, dan 4.731 rumah rusak "
          "ringan.")
STAGE = ("Tahap II menerima 13.926 KK terdiri dari rusak ringan 8.203 KK, rusak sedang 3.715 dan "
         "2.008 rusak berat.")
OTHER = "Sebanyak 1.501 rumah rusak berat dibangun, 3.487 orang lain menunggu giliran."
ELIDED = [
    (DAMAGE, "1.501 rumah", 1501.0, N, "house", N),
    (DAMAGE, "3.487", 3487.0, N, "house", N),
    (DAMAGE, "4.731 rumah", 4731.0, N, "house", N),
    (STAGE, "13.926 KK", 13926.0, N, "household", N),
    (STAGE, "8.203 KK", 8203.0, N, "household", N),
    (STAGE, "3.715", 3715.0, N, "household", N),
    (STAGE, "2.008", 2008.0, N, "household", N),
    # control: another counted noun after the second number keeps its own unit
    (OTHER, "1.501 rumah", 1501.0, N, "house", N),
    (OTHER, "3.487 orang", 3487.0, N, "person", N),
]
DEV_CASES += ELIDED

# session 38 (real-extra99 i936): a bare number in brackets right after an amount, with the
# amount's leading digits, writes the amount out in full (even off by the scale word, as the
# page wrote "Rp1,838 miliar (1.838.055.000.000)"); another bracketed number stays bare
RESTATED = ("Tahap I dicairkan sekitar Rp.200 miliar (200.405.000.000), dan seluruhnya sekitar "
            "Rp1,838 miliar (1.838.055.000.000).")
DEV_CASES += [
    (RESTATED, "Rp.200 miliar", 2e11, N, "IDR", "about"),
    (RESTATED, "200.405.000.000", 200405000000.0, N, "IDR", N),
    (RESTATED, "Rp1,838 miliar", 1.838e9, N, "IDR", "about"),
    (RESTATED, "1.838.055.000.000", 1838055000000.0, N, "IDR", N),
    ("Bantuan sebesar Rp 50 juta (2024) diberikan kepada warga.", "Rp 50 juta", 5e7, N, "IDR",
     N),
]

# session 38 (real-extra95 i903, i858): entries of the welfare register counted by its
# acronym ("46.374 DTKS"), and the common misspelling "KMP" of KPM (families)
DEV_CASES += [
    ("Sebanyak 46.374 DTKS di kabupaten itu belum padan.", "46.374 DTKS", 46374.0, N, "dtks", N),
    ("Bantuan diterima 253 KMP di desa itu.", "253 KMP", 253.0, N, "household", N),
]

# session 38 (real-extra99 i939, real-extra58 i526): the rate of a whole written before a
# composition cue goes to its parts after it; a rate inside the breakdown stays with its
# own amount ("dengan rincian ... Rp50 juta per unit, sehingga total Rp267,3 miliar")
BREAKDOWN = ("Perbaikan rumah dengan rincian rusak berat mendapatkan bantuan sebesar Rp50 juta "
             "per unit, sehingga total Rp267,3 miliar.")
COMPOSED = ("Garis Kemiskinan sebesar Rp582.932/kapita/bulan dengan komposisi Garis Kemiskinan "
            "Makanan sebesar Rp433.906.")
DEV_CASES += [
    (BREAKDOWN, "Rp50 juta", 5e7, N, "IDR/house", N),
    (BREAKDOWN, "Rp267,3 miliar", 2.673e11, N, "IDR", N),
    (COMPOSED, "Rp582.932/kapita/bulan", 582932.0, N, "IDR/person/month", N),
    (COMPOSED, "Rp433.906", 433906.0, N, "IDR/person/month", N),
]

# session 40 (real-extra109 i1035, real-extra102 i964): a list of named items opened by an
# introducing word, not only a colon, and items written "Name N," as well as "Name (N)":
# their bare numbers count what the introduction counted, or the total it breaks down
SPREAD = ("Penduduk dengan kemiskinan ekstrem tersebar di Kota Pangkalpinang (3.225) serta "
          "Kabupaten Bangka (1.717), Bangka Barat (563), dan Belitung (22).")
PARTS = ("Jumlah KPM yang keluar berjumlah 75 KPM, terdiri dari Kecamatan Parigi 2, "
         "Mangunjaya 6, Kalipucang 10 dan Cimerak 2.")
DEV_CASES += [
    (SPREAD, "3.225", 3225.0, N, "person", N),
    (SPREAD, "1.717", 1717.0, N, "person", N),
    (SPREAD, "563", 563.0, N, "person", N),
    (SPREAD, "22", 22.0, N, "person", N),
    (PARTS, "75 KPM", 75.0, N, "household", N),
    (PARTS, "2", 2.0, N, "household", N),
    (PARTS, "6", 6.0, N, "household", N),
    (PARTS, "10", 10.0, N, "household", N),
    # one named number is no list
    ("Penduduk miskin tersebar di Kota Pangkalpinang (3.225).", N, N, N, N, N),
    # an introduction that counts nothing gives the items nothing to count
    ("Peringkatnya yakni Kota Bima 2, Kabupaten Dompu 5, dan Sumbawa 7.", N, N, N, N, N),
]

# session 40 (real-extra63 i573): a bracketed list keyed by years goes on with the unit of
# its first item
YEARLY = "Pada 2024 terdapat 9 muzaki baru, 2023 (15 muzaki), 2022 (8), 2021 (11) dan 2018 (7)."
DEV_CASES += [
    (YEARLY, "9 muzaki", 9.0, N, "muzaki", N),
    (YEARLY, "15 muzaki", 15.0, N, "muzaki", N),
    (YEARLY, "8", 8.0, N, "muzaki", N),
    (YEARLY, "11", 11.0, N, "muzaki", N),
    (YEARLY, "7", 7.0, N, "muzaki", N),
]

# session 44 (real-extra125 i1197, a BPS page copied from a PDF): a counted noun glued to
# the digits after it ("mencapai137.463orang", numbers.json glued_suffixes) is the figure's
# unit; other letters after digits stay a code ("3G", "2024an")
GLUED_NOUN = "Penduduk miskin pada September2016 mencapai137.463orang (5,36persen), di kota 48.723orang."
DEV_CASES += [
    (GLUED_NOUN, "137.463orang", 137463.0, N, "person", N),
    (GLUED_NOUN, "48.723orang", 48723.0, N, "person", N),
    (GLUED_NOUN, "5,36persen", 5.36, N, "%", N),
    ("Bantuan diterima 12desa dan 50unit rumah.", "12desa", 12.0, N, "village", N),
    ("Bantuan diterima 12desa dan 50unit rumah.", "50unit rumah", 50.0, N, "house", N),
    ("Jaringan 3G menjangkau desa pada 2024an.", N, N, N, N, N),
]

# session 44 (real-extra110 i1078, real-extra84 i812): "jumlah" between a number and its
# noun counts nothing itself (units.json fillers): the noun after it is the unit, and with
# no noun after it there is no unit word at all
FILLER = "Data dihimpun dari 165.890 jumlah penduduk dan penambahan 662 jumlah desa mandiri."
DEV_CASES += [
    (FILLER, "165.890 jumlah penduduk", 165890.0, N, "person", N),
    (FILLER, "662 jumlah desa", 662.0, N, "village", N),
    # (the review of session 44: a label's one digit before "jumlah" counts nothing)
    ("Dalam kuartal 3 jumlah penduduk miskin naik menjadi 1.200 orang.", "1.200 orang", 1200.0,
     N, "person", N),
]

# session 44 (real-extra125 i1198): the rupiah dash typed with no comma ("Rp346.466- per
# kapita per bulan") is inside the amount, and the rate after it is the amount's (R 20); a
# dash before a second amount stays a range
BARE_DASH = ("Garis kemiskinan naik dari Rp346.466- per kapita per bulan menjadi Rp356.444,- per "
             "kapita per bulan.")
DEV_CASES += [
    (BARE_DASH, "Rp346.466-", 346466.0, N, "IDR/person/month", N),
    (BARE_DASH, "Rp356.444,-", 356444.0, N, "IDR/person/month", N),
    # (the review of session 44: a dash before a second amount in any currency is a range)
    ("Dana itu US$10 juta-US$15 juta per tahun.", "US$10 juta-US$15 juta", 1e7, 1.5e7,
     "USD/year", N),
    ("Harganya Rp12.000-tiga belas ribu.", "Rp12.000-tiga belas ribu", 12000.0, 13000.0, "IDR", N),
]
