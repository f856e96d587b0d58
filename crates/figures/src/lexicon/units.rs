//! What a count counts: irregular plurals and unit symbols.

/// Plural nouns without a final "s", which the unit reader would otherwise pass over:
/// "100 people", "six feet".
pub(crate) fn irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "children"
            | "men"
            | "women"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "staff"
            | "personnel"
            | "cattle"
            | "sheep"
            | "livestock"
    )
}

/// Unit symbols written after a number with a space, as written: "1.6 km", "100 MB",
/// "5 GW". Case matters ("mb" is not "MB"). Glued to the digits ("180ml") they are read
/// as part of a token, not as a figure with a unit.
pub(crate) fn unit_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "km" | "cm"
            | "mm"
            | "nm"
            | "dm"
            | "kg"
            | "mg"
            | "μg"
            | "mcg"
            | "ml"
            | "mL"
            | "lb"
            | "lbs"
            | "oz"
            | "ft"
            | "mi"
            | "mph"
            | "kph"
            | "kW"
            | "MW"
            | "GW"
            | "TW"
            | "kWh"
            | "MWh"
            | "GWh"
            | "TWh"
            | "KB"
            | "kB"
            | "MB"
            | "mb"
            | "GB"
            | "TB"
            | "PB"
            | "Kbps"
            | "Mbps"
            | "Gbps"
            | "Hz"
            | "kHz"
            | "MHz"
            | "GHz"
            | "dB"
            | "ha"
    )
}

/// A unit of measurement written out, singular or plural: "miles", "mile", "feet",
/// "inches", "kilometres".
pub(crate) fn measure_word(w: &str) -> bool {
    singular_unit(w)
        || w.eq_ignore_ascii_case("feet")
        || w.strip_suffix('s').is_some_and(singular_unit)
        || w.strip_suffix("es").is_some_and(singular_unit)
}

/// Units of measurement written in the singular after a number: "325 kilometer", "a
/// 1.5 million gallon tank", "one mile". Plural nouns are read as units anyway; these
/// are the singulars that still name what is measured.
pub(crate) fn singular_unit(w: &str) -> bool {
    let w = w.to_lowercase();
    let w = w
        .strip_prefix("kilo")
        .or_else(|| w.strip_prefix("centi"))
        .or_else(|| w.strip_prefix("milli"))
        .or_else(|| w.strip_prefix("micro"))
        .or_else(|| w.strip_prefix("nano"))
        .or_else(|| w.strip_prefix("pico"))
        .or_else(|| w.strip_prefix("mega"))
        .or_else(|| w.strip_prefix("giga"))
        .or_else(|| w.strip_prefix("tera"))
        .unwrap_or(&w);
    matches!(
        w,
        "meter"
            | "metre"
            | "gram"
            | "gramme"
            | "liter"
            | "litre"
            | "watt"
            | "watt-hour"
            | "byte"
            | "hertz"
            | "mile"
            | "foot"
            | "inch"
            | "yard"
            | "acre"
            | "hectare"
            | "gallon"
            | "barrel"
            | "ounce"
            | "ton"
            | "tonne"
            | "calorie"
            | "degree"
    )
}
