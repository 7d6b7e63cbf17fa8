package kg.kodeks.cli;

import kg.kodeks.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --lang values: kir, ky, rus, ru. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
