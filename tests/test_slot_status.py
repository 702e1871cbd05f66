"""status slot (records/status.py): a table of real-looking cases, one figure each."""

from __future__ import annotations

import pytest

from ekstrak import parse_article


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table tests the status rules: the learned models stay out."""
    monkeypatch.setenv("EKSTRAK_SLOTS", "rules")


STATUS_CASES = [
    # session 29 (real-extra33 i277): "sasaran" after the people a programme covers names
    # them; the count reached is a fact
    ("Judul\nBerdasarkan data harian, dari sebanyak 215.615 anak balita sasaran penimbangan "
     "hingga 13 Juni 2022 mencapai sebanyak 105.471 jiwa.", "105.471 jiwa", "actual"),
    ("Judul\nSasaran penimbangan tahun ini sebanyak 120.000 balita.", "120.000 balita",
     "target"),
    # session 24: "bakal" plans like "akan"; a passive plan verb after the figure (a title)
    ("Judul\nDinas bakal melanjutkan program RTLH sebanyak 540 unit pada tahun 2025.", "540 unit",
     "target"),
    ("540 Unit RTLH Ditarget Terbangun Tahun 2025\nDinas Perkim menyampaikan rencana itu.",
     "540 Unit", "target"),
    ("Judul\nSebanyak 1.200 rumah direncanakan selesai pada Desember.", "1.200 rumah", "target"),
    ("Judul\nPemerintah menargetkan kemiskinan ekstrem 0 persen pada 2024.", "0 persen", "target"),
    ("Judul\nEkonom memperkirakan angka kemiskinan turun menjadi 8,5 persen pada 2025.", "8,5 persen",
     "estimate"),
    ("Judul\nPada 2023 angka kemiskinan tercatat 9,36 persen.", "9,36 persen", "actual"),
    # a planned output: the plan follows the figure (r018)
    ("Judul\nSebanyak 312 rumah tidak layak huni di Kabupaten Bangli akan menerima bantuan "
     "perbaikan tahun depan.", "312 rumah", "target"),
    # a decided allocation is in force even when announced with "akan" (GUIDELINES RE 2)
    ("Judul\nMenteri menyebut pemerintah akan mengalokasikan Rp2,7 triliun untuk padat karya desa.",
     "Rp2,7 triliun", "actual"),
    # a plan to raise money stays a target
    ("Judul\nProvinsi juga berencana memobilisasi sedikitnya 1.500 miliar VND dari dunia usaha.",
     "1.500 miliar VND", "target"),
    # "tidak akan" plans nothing
    ("Judul\nPertumbuhan ekonomi sekitar 5 persen per tahun saja tidak akan cukup, ujarnya.",
     "5 persen", "actual"),
    # session 20: what a recipient "akan menerima/mendapatkan" is an entitlement in force,
    # while the recipients it is planned for stay a target
    ("Judul\nSetiap keluarga penerima akan menerima beras sebanyak 10 kg per bulan.", "10 kg",
     "actual"),
    ("Judul\nMasing-masing penerima akan mendapatkan biaya perbaikan rumah Rp 17,5 juta.",
     "Rp 17,5 juta", "actual"),
    ("Judul\nSebanyak 420 rumah di desa itu akan mendapatkan bantuan perbaikan.", "420 rumah",
     "target"),
    # session 21: an obligation in force ("wajib") is actual, no plan; "akan tetapi" is
    # "however"; money "akan disalurkan"/"akan digelontorkan" has been decided (RE 2)
    ("Judul\nDesa penerima Dana Desa di atas Rp1 miliar wajib mengalokasikan BLT maksimal "
     "30 persen dari Dana Desa.", "30 persen", "actual"),
    ("Judul\nBeras itu bernilai tinggi. Akan tetapi, warga miskin dapat membeli dengan harga "
     "Rp 1.600 per kilogram.", "Rp 1.600", "actual"),
    ("Judul\nBLT dana desa yang akan disalurkan hingga Desember senilai Rp 9,1 triliun.",
     "Rp 9,1 triliun", "actual"),
    ("Judul\nPada 2025, kami akan menggelontorkan Rp70 triliun dana desa.", "Rp70 triliun",
     "actual"),
    # ... while what the money is for stays planned
    ("Judul\nPemerintah menggelontorkan dana Rp40 miliar untuk merehabilitasi 3.100 rumah.",
     "3.100 rumah", "target"),
    # a counted or distributed target word names recipients ("setiap sasaran"), no plan;
    # "sasarannya" still is one
    ("Judul\nUntuk jenjang dasar, setiap sasaran program menerima bantuan sebesar Rp 450.000 "
     "per siswa.", "Rp 450.000", "actual"),
    ("Judul\nAnggaran itu dibagikan kepada 900 sasaran sehingga masing-masing menerima Rp20 juta.",
     "Rp20 juta", "actual"),
    ("Judul\nPada 2026 sasarannya 1.250 unit rumah.", "1.250 unit rumah", "target"),
    # outputs a budget is named for are planned, as with an allocation verb (section 6)
    ("Judul\nAnggaran di APBN 2026 untuk rehabilitasi 12.000 unit rumah tidak layak huni.",
     "12.000 unit rumah", "target"),
    ("Judul\nTotal anggaran tahun ini sebesar Rp9 miliar untuk 600 penerima.", "600 penerima",
     "target"),
    ("Judul\nBantuan itu sudah disalurkan kepada 640 keluarga penerima manfaat.",
     "640 keluarga", "actual"),
    # a target verb in any of its forms, and a wish, plan a figure (session 22)
    ("Judul\nTahun depan, kita targetkan penurunan angka kemiskinan sebesar 0,8 persen.",
     "0,8 persen", "target"),
    ("Judul\nAngka pengangguran ditarget turun jadi 4 persen.", "4 persen", "target"),
    ("Judul\nProgram ini menargetkanakan mengurangi keluarga miskin 1,5 persen per tahun.",
     "1,5 persen", "target"),
    ("Judul\nPemerintah ingin memastikan bahwa 100 persen desa terbebas dari kemiskinan.",
     "100 persen", "target"),
    # a target cue does not reach past a cause, nor past a result dated on its own; an
    # undated result is the plan's
    ("Judul\nTarget penurunan kemiskinan diyakini tercapai karena program yang konsisten, "
     "sehingga kemiskinan menurun yakni pada 2021 sebesar 7,99 persen.", "7,99 persen",
     "actual"),
    ("Judul\nRumah yang harus diprioritaskan karena berkondisi sangat parah berada di 19 desa.",
     "19 desa", "actual"),
    ("Judul\nPada tahun 2025 provinsi menargetkan penurunan kemiskinan sebesar 3 persen, "
     "sehingga tingkat kemiskinan turun menjadi di bawah 19 persen.", "19 persen", "target"),
    # a target noun after a place noun says which places a policy chose
    ("Judul\nRerata angka kemiskinan 212 kabupaten/kota prioritas pemerintah turun ke angka "
     "2,76 persen pada Maret 2022.", "2,76 persen", "actual"),
    ("Judul\nProvinsi menargetkan tingkat kemiskinan turun menjadi di bawah 23 persen.",
     "23 persen", "target"),
    # ... but a budget for next year is decided money
    ("Judul\nAnggaran KIP Kuliah tahun depan sebesar Rp14,69 triliun.", "Rp14,69 triliun",
     "actual"),
    # session 25 (real-extra17): the places an allocation goes to are no outputs it pays for
    ("Judul\nPada 2023, Aceh mendapat alokasi Dana Desa sebesar Rp4,76 triliun, untuk 6.495 "
     "gampong di seluruh Aceh.", "6.495 gampong", "actual"),
    ("Judul\nPemprov menyiapkan anggaran Rp14 miliar untuk membangun 700 rumah.", "700 rumah",
     "target"),
    # session 25: a count of the unit and period of a count the article planned earlier is
    # part of the plan where nothing says it happened (r018's breakdown by source)
    ("Judul\nSebanyak 420 rumah tidak layak huni di Kabupaten Bangli akan direhab pada tahun "
     "2024.\nDari DAK, sebanyak 150 unit rumah di Kecamatan Kintamani.", "150 unit rumah",
     "target"),
    ("Judul\nSebanyak 420 rumah tidak layak huni di Kabupaten Bangli akan direhab pada tahun "
     "2024.\nDari DAK, sebanyak 150 unit rumah di Kecamatan Kintamani telah selesai.",
     "150 unit rumah", "actual"),
    ("Judul\nSebanyak 420 rumah tidak layak huni di Kabupaten Bangli akan direhab pada tahun "
     "2024.\nPada 2023, sebanyak 150 unit rumah di Kecamatan Kintamani.", "150 unit rumah",
     "actual"),
    ("Judul\nPemerintah menargetkan kemiskinan turun menjadi 7 persen pada 2024.\nKemiskinan "
     "di desa 9 persen pada 2024.", "9 persen", "actual"),
    # session 30 (real-extra4 v122, real-extra29 i214): the places and recipients a
    # programme is aimed at, candidates and what a plan accommodates are planned
    ("Judul\nWilayah yang tersasar program jamban sehat, yakni Desa Piyaman 38 KK, Desa "
     "Wonosari 6 KK.", "6 KK", "target"),
    ("Judul\nTahun 2026, calon penerima dan calon lokasi Rutilahu sudah ditetapkan sebanyak "
     "349 unit.", "349 unit", "target"),
    ("Judul\nYang sudah diakomodir dalam RPJMD 2024-2029 hanya sekitar 4.000 unit rumah.",
     "4.000 unit rumah", "target"),
    # ... but whom a programme reached stays actual
    ("Judul\nBantuan beras tahap pertama menyasar 21,3 juta keluarga penerima manfaat.",
     "21,3 juta keluarga", "actual"),
    # session 37 (real-extra82 i768, -83 i770): "telah" before the allocation verb says the
    # allocation was made; the outputs it pays for are still its plan
    ("Judul\nProgram BSPS tahun 2020 telah mengalokasikan anggaran sebesar Rp126 miliar untuk "
     "pembangunan 7.077 unit RTLH.", "7.077 unit", "target"),
    ("Judul\nTahun 2023 ini telah dialokasikan dana APBD dan APBN untuk 1.600 rumah tangga "
     "sederhana.", "1.600 rumah tangga", "target"),
    # ... whereas "telah menyediakan lahan ... untuk 1.200 rumah tangga" provided it
    ("Judul\nDari sumber daya tersebut, provinsi telah menyediakan lahan produksi untuk 1.200 "
     "rumah tangga.", "1.200 rumah tangga", "actual"),
    ("Judul\nPada tahun ini, telah disiapkan anggaran sekitar Rp105 miliar untuk membangun "
     "sebanyak 2.249 unit rumah.", "2.249 unit rumah", "target"),
    # ... and a rate the allocation is meant to lower states where it stands (real-extra2 z102)
    ("Judul\nAnggaran dari berbagai sumber telah disiapkan untuk menurunkan angka kemiskinan "
     "yang saat ini mencapai 7,69 persen.", "7,69 persen", "actual"),
    # "Keluarga Berencana" in an agency's name plans nothing (real-extra86 i814)
    ("Judul\nDinas Pemberdayaan Masyarakat, Pengendalian Penduduk dan Keluarga Berencana "
     "(DPMKP2KB) Gunungkidul mencatat ada 2.810 warga penerima BLT Dana Desa.", "2.810 warga",
     "actual"),
    # ... but a word that says the outputs happened still makes them facts
    ("Judul\nDinas mengalokasikan anggaran Rp5 miliar dan telah membangun 120 unit rumah.",
     "120 unit rumah", "actual"),
]


@pytest.mark.parametrize(("text", "span", "status"), STATUS_CASES)
def test_status_slot(text: str, span: str, status: str) -> None:
    art = parse_article(text)
    rec = next(r for r in art.records if text[r.evidence.start : r.evidence.end] == span)
    assert rec.status == status, rec.why
